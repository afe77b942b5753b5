package vn.gov.cchc.portal.support;

import java.time.LocalDate;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.gov.cchc.portal.agency.AgencyService;
import vn.gov.cchc.portal.common.DocumentRef;
import vn.gov.cchc.portal.plan.AgencyPlanStatus;
import vn.gov.cchc.portal.plan.PlanDeskService;
import vn.gov.cchc.portal.plan.PlanRecord;
import vn.gov.cchc.portal.security.SystemAuthentication;
import vn.gov.cchc.portal.task.AgencySelection;
import vn.gov.cchc.portal.task.PlanColumn;
import vn.gov.cchc.portal.task.PlanOwner;
import vn.gov.cchc.portal.task.PlanReading;
import vn.gov.cchc.portal.task.PlanTasks;
import vn.gov.cchc.portal.task.ReformArea;
import vn.gov.cchc.portal.task.TaskAssignment;
import vn.gov.cchc.portal.task.TaskAssignmentService;
import vn.gov.cchc.portal.task.TaskPriority;

/** Assigns tasks for tests through the real services: of another source, or added to an agency's plan. */
@Component
public class TestTasks {

    private final TaskAssignmentService assignments;
    private final AgencyService agencies;
    private final PlanDeskService desk;
    private final PlanTasks planTasks;

    TestTasks(TaskAssignmentService assignments, AgencyService agencies, PlanDeskService desk, PlanTasks planTasks) {
        this.assignments = assignments;
        this.agencies = agencies;
        this.desk = desk;
        this.planTasks = planTasks;
    }

    public TaskAssignment assignment(String title, AgencySelection leads, LocalDate assignedOn, LocalDate deadline) {
        return new TaskAssignment(null, "123/QĐ-BCĐCCHC", assignedOn, "Nguyễn Văn Thành",
                "Quyết định ban hành Kế hoạch hoạt động của Ban Chỉ đạo cải cách hành chính của Chính phủ", title, null,
                ReformArea.PROCEDURES, leads, Set.of(), assignedOn, deadline, "Báo cáo kết quả", TaskPriority.NORMAL, null);
    }

    public long assignTo(String agencyCode, String title, LocalDate assignedOn, LocalDate deadline) {
        long agencyId = agencyId(agencyCode);
        return SystemAuthentication.callAsSystem(() -> assignments.assign(
                assignment(title, AgencySelection.single(agencyId), assignedOn, deadline)));
    }

    /** A task led by one agency with another supporting it. */
    public long assignWithSupport(String leadCode, String supportCode, String title, LocalDate assignedOn, LocalDate deadline) {
        TaskAssignment lead = assignment(title, AgencySelection.single(agencyId(leadCode)), assignedOn, deadline);
        TaskAssignment supported = new TaskAssignment(lead.conclusionId(), lead.docNumber(), lead.docDate(), lead.docSigner(),
                lead.docExcerpt(), lead.title(), lead.description(), lead.area(), lead.leads(), Set.of(agencyId(supportCode)),
                lead.assignedOn(), lead.deadline(), lead.product(), lead.priority(), lead.planYear());
        return SystemAuthentication.callAsSystem(() -> assignments.assign(supported));
    }

    /**
     * Adds a task to the agency's received plan of the deadline's year, as a received amendment would: one row
     * read by the plan reader and created naming the plan. Returns how many tasks were created (1).
     */
    public int addToPlan(String agencyCode, String title, LocalDate amendedOn, LocalDate deadline) {
        return SystemAuthentication.callAsSystem(() -> {
            int year = deadline.getYear();
            PlanRecord plan = desk.year(year).agencies().stream()
                    .filter(status -> status.agency().code().equals(agencyCode) && status.plan() != null)
                    .map(AgencyPlanStatus::plan).findFirst().orElseThrow();
            PlanOwner owner = new PlanOwner(plan.agencyId(), plan.agencyName(), year);
            PlanFiles file = new PlanFiles();
            file.row().set(PlanColumn.TITLE, title).set(PlanColumn.AREA, "Cải cách thủ tục hành chính")
                    .set(PlanColumn.DEADLINE, deadline).set(PlanColumn.DOCUMENT, "99/KH-DC")
                    .set(PlanColumn.DOCUMENT_DATE, amendedOn);
            PlanReading reading = planTasks.read(file.incoming("bo-sung.xlsx"), DocumentRef.NONE, owner);
            return planTasks.create(plan.id(), owner, "bo-sung.xlsx", reading.preview().source(), DocumentRef.NONE,
                    SystemAuthentication.SYSTEM_USER);
        });
    }

    public long agencyId(String code) {
        return SystemAuthentication.callAsSystem(() -> agencies.findByCode(code).orElseThrow().id());
    }
}
