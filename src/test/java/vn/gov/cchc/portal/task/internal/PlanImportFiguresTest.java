package vn.gov.cchc.portal.task.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import vn.gov.cchc.portal.agency.AgencyFilter;
import vn.gov.cchc.portal.agency.AgencyService;
import vn.gov.cchc.portal.agency.AgencySummary;
import vn.gov.cchc.portal.dashboard.AgencyFigures;
import vn.gov.cchc.portal.dashboard.DashboardFigures;
import vn.gov.cchc.portal.dashboard.DashboardRequest;
import vn.gov.cchc.portal.dashboard.DashboardService;
import vn.gov.cchc.portal.dashboard.Period;
import vn.gov.cchc.portal.security.Roles;
import vn.gov.cchc.portal.support.IntegrationTest;
import vn.gov.cchc.portal.support.PlanFiles;
import vn.gov.cchc.portal.task.AgencySelection;
import vn.gov.cchc.portal.task.Counts;
import vn.gov.cchc.portal.task.DeadlineBasis;
import vn.gov.cchc.portal.task.PlanAction;
import vn.gov.cchc.portal.task.PlanColumn;
import vn.gov.cchc.portal.task.PlanImportService;
import vn.gov.cchc.portal.task.PlanPreview;
import vn.gov.cchc.portal.task.ReformArea;
import vn.gov.cchc.portal.task.TaskAssignment;
import vn.gov.cchc.portal.task.TaskAssignmentService;
import vn.gov.cchc.portal.task.TaskPriority;
import vn.gov.cchc.portal.task.TaskScope;

/**
 * The demo 2023 plan (3.848 tasks of the 63 provinces and 22 ministry-level agencies, see {@link DemoPlan2023}) with
 * two directives, written into the template and imported, moves every dashboard figure exactly as the same plan
 * entered through the assignment service does. It is planned for 2024, when the same agencies were active and the
 * demo data has no plan, so the two entries can be compared by what each adds.
 */
@IntegrationTest
@WithMockUser(username = "thuky", roles = Roles.SECRETARIAT)
class PlanImportFiguresTest {

    private static final LocalDate DOCUMENT_DATE = LocalDate.of(2024, 1, 4);
    private static final List<DashboardRequest> REQUESTS = List.of(
            new DashboardRequest(LocalDate.of(2024, 6, 21), Period.year(2024), DeadlineBasis.EXTENDED, TaskScope.ALL),
            new DashboardRequest(LocalDate.of(2024, 12, 31), Period.year(2024), DeadlineBasis.ORIGINAL, TaskScope.ALL),
            new DashboardRequest(LocalDate.of(2025, 3, 1), Period.half(2024, 2), DeadlineBasis.EXTENDED, TaskScope.ALL));

    /** One row of the plan, as the file writes it and as the form assigns it. */
    private record Planned(String title, ReformArea area, AgencySummary lead, AgencySelection.Kind directive,
            LocalDate deadline) {
    }

    @Autowired
    PlanImportService imports;

    @Autowired
    TaskAssignmentService assignments;

    @Autowired
    DashboardService dashboard;

    @Autowired
    AgencyService agencies;

    @Test
    void the_demo_plan_imported_from_the_template_moves_the_figures_as_the_same_plan_entered_through_the_service() {
        List<Planned> plan = plan();
        List<Snapshot> before = snapshots();

        PlanPreview preview = imports.preview(file(plan).incoming("ke-hoach-2024.xlsx"));
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.count(PlanAction.CREATE)).isEqualTo(plan.size());
        imports.confirm(preview);
        List<Snapshot> imported = snapshots();

        for (Planned task : plan) {
            assignments.assign(assignment(task));
        }
        List<Snapshot> entered = snapshots();

        for (int i = 0; i < REQUESTS.size(); i++) {
            Snapshot byImport = imported.get(i).minus(before.get(i));
            Snapshot byService = entered.get(i).minus(imported.get(i));
            assertThat(byImport).isEqualTo(byService);
        }
        assertThat(imported.getFirst().minus(before.getFirst()).counts().get("group:PROVINCES").planned()).isEqualTo(3003 + 63);
        assertThat(imported.getFirst().minus(before.getFirst()).counts().get("group:MINISTRIES").planned()).isEqualTo(845 + 22);
    }

    /** The demo 2023 plan moved to 2024: the same tasks per agency, deadlines spread through the year. */
    private List<Planned> plan() {
        List<Planned> plan = new ArrayList<>();
        Map<AgencySummary, DemoPlan2023.Plan> plans = DemoPlan2023.build(
                agencies.list(AgencyFilter.activeOn(LocalDate.of(2023, 6, 21), null)));
        plans.forEach((agency, counts) -> {
            for (int i = 0; i < counts.planned(); i++) {
                ReformArea area = ReformArea.values()[(i + agency.code().length()) % ReformArea.values().length];
                LocalDate deadline = i % 9 == 0 ? null : LocalDate.of(2024, 1, 31).plusDays((i * 37L + agency.id()) % 330);
                plan.add(new Planned("Nhiệm vụ " + (i + 1) + " của kế hoạch cải cách hành chính năm 2024", area, agency,
                        null, deadline));
            }
        });
        plan.add(new Planned("Rà soát thủ tục hành chính nội bộ năm 2024", ReformArea.PROCEDURES, null,
                AgencySelection.Kind.ALL_PROVINCES, LocalDate.of(2024, 9, 30)));
        plan.add(new Planned("Báo cáo kết quả cải cách hành chính năm 2024", ReformArea.DIRECTION, null,
                AgencySelection.Kind.ALL_MINISTRIES, LocalDate.of(2024, 12, 15)));
        return plan;
    }

    private static PlanFiles file(List<Planned> plan) {
        ResourceBundle vietnamese = ResourceBundle.getBundle("vaadin-i18n.translations", Locale.of("vi"));
        PlanFiles file = new PlanFiles();
        for (Planned task : plan) {
            String lead = task.directive() == AgencySelection.Kind.ALL_PROVINCES ? PlanColumn.ALL_PROVINCES
                    : task.directive() == AgencySelection.Kind.ALL_MINISTRIES ? PlanColumn.ALL_MINISTRIES : task.lead().nameVi();
            file.row().set(PlanColumn.TITLE, task.title()).set(PlanColumn.AREA, vietnamese.getString(task.area().messageKey()))
                    .set(PlanColumn.LEAD, lead).set(PlanColumn.DOCUMENT, document(task))
                    .set(PlanColumn.DOCUMENT_DATE, DOCUMENT_DATE).set(PlanColumn.SIGNER, "Nguyễn Văn Thành");
            if (task.deadline() != null) {
                file.set(PlanColumn.DEADLINE, task.deadline());
            }
        }
        return file;
    }

    private static TaskAssignment assignment(Planned task) {
        AgencySelection leads = task.directive() != null ? new AgencySelection(task.directive(), List.of())
                : AgencySelection.single(task.lead().id());
        return new TaskAssignment(null, document(task), DOCUMENT_DATE, "Nguyễn Văn Thành", null, task.title(), null,
                task.area(), leads, Set.of(), DOCUMENT_DATE, task.deadline(), null, TaskPriority.NORMAL, null);
    }

    private static String document(Planned task) {
        return task.lead() == null ? "09/KH-BCĐCCHC" : "12/KH-" + task.lead().code().toUpperCase(Locale.ROOT);
    }

    /** Every count of a dashboard request: per group, per area, per agency. */
    private record Snapshot(Map<String, Counts> counts) {

        Snapshot minus(Snapshot earlier) {
            Map<String, Counts> difference = new HashMap<>();
            counts.forEach((key, now) -> {
                Counts then = earlier.counts().getOrDefault(key, Counts.ZERO);
                difference.put(key, new Counts(now.doneOnTime() - then.doneOnTime(), now.doneLate() - then.doneLate(),
                        now.openInTime() - then.openInTime(), now.openOverdue() - then.openOverdue()));
            });
            return new Snapshot(difference);
        }
    }

    private List<Snapshot> snapshots() {
        return REQUESTS.stream().map(request -> {
            DashboardFigures figures = dashboard.figures(request);
            Map<String, Counts> counts = new HashMap<>();
            counts.put("total", figures.total());
            figures.groups().forEach((group, value) -> counts.put("group:" + group, value));
            figures.areas().forEach((area, value) -> counts.put("area:" + area, value));
            for (AgencyFigures agency : figures.agencies()) {
                counts.put("agency:" + agency.agency().code(), agency.counts());
            }
            return new Snapshot(counts);
        }).toList();
    }
}
