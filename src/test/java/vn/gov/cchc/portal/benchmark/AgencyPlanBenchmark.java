package vn.gov.cchc.portal.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.gov.cchc.portal.common.DocumentRef;
import vn.gov.cchc.portal.plan.AgencyPlanService;
import vn.gov.cchc.portal.plan.PlanDeskService;
import vn.gov.cchc.portal.plan.PlanDraft;
import vn.gov.cchc.portal.plan.PlanRecord;
import vn.gov.cchc.portal.security.Role;
import vn.gov.cchc.portal.storage.IncomingFile;
import vn.gov.cchc.portal.support.IntegrationTest;
import vn.gov.cchc.portal.support.PlanFiles;
import vn.gov.cchc.portal.support.TestUsers;
import vn.gov.cchc.portal.task.PlanAction;
import vn.gov.cchc.portal.task.PlanColumn;
import vn.gov.cchc.portal.task.PlanPreview;
import vn.gov.cchc.portal.user.UserSummary;

/**
 * A province's own plan of 3.000 rows (-Dbench.rows=N) from its file to its tasks, as the screens do it, for three
 * provinces in turn (the first after start is cold): the officer's preview of the upload, saving the draft (the rows
 * read again and kept), the leader's submission, and the secretariat's receipt (the rows read again and every task
 * created in one transaction). Run: {@code ./mvnw -Pbenchmark test -Dtest=AgencyPlanBenchmark}. Target: preview +
 * save ≤ 5 s (issue 28).
 */
@IntegrationTest
class AgencyPlanBenchmark {

    private static final int YEAR = 2028;

    @Autowired
    AgencyPlanService plans;
    @Autowired
    PlanDeskService desk;
    @Autowired
    TestUsers users;

    @Test
    void a_provinces_plan_from_file_to_tasks() {
        int rows = Integer.getInteger("bench.rows", 3_000);
        BenchmarkReport report = new BenchmarkReport("agency-plan");
        UserSummary secretariat = users.create(Role.SECRETARIAT, null);
        for (String province : List.of("quang-ninh", "ha-noi", "can-tho-2025")) {
            UserSummary officer = users.create(Role.AGENCY_OFFICER, province);
            UserSummary leader = users.create(Role.AGENCY_LEADER, province);
            IncomingFile file = plan(rows, province).incoming("ke-hoach-" + province + "-" + YEAR + ".xlsx");
            long begin = System.nanoTime();
            PlanPreview preview = users.callAs(officer, () -> plans.preview(YEAR, file, DocumentRef.NONE));
            long previewed = System.nanoTime();
            PlanRecord draft = users.callAs(officer, () -> plans.saveDraft(new PlanDraft(YEAR, false, null, preview)));
            long saved = System.nanoTime();
            PlanRecord submitted = users.callAs(leader, () -> plans.submit(draft.id(), draft.version()));
            long sent = System.nanoTime();
            PlanRecord received = users.callAs(secretariat, () -> desk.receive(submitted.id(), submitted.version()));
            long done = System.nanoTime();
            assertThat(preview.count(PlanAction.CREATE)).isEqualTo(rows);
            assertThat(received.taskCount()).isEqualTo(rows);
            report.note(String.format("%s: %,d rows, preview %.1f s, save draft %.1f s (preview + save %.1f s), submit %.2f s,"
                    + " receipt (tasks created) %.1f s", province, rows, (previewed - begin) / 1e9, (saved - previewed) / 1e9,
                    (saved - begin) / 1e9, (sent - saved) / 1e9, (done - sent) / 1e9));
        }
        report.print();
    }

    /** The province's plan as written: its departments in charge, one document in every row. */
    private static PlanFiles plan(int rows, String province) {
        PlanFiles file = new PlanFiles();
        String[] units = {"Sở Nội vụ", "Văn phòng UBND tỉnh", "Sở Tư pháp", "Sở Khoa học và Công nghệ", "Sở Tài chính"};
        String[] areas = {"Cải cách thể chế", "Cải cách thủ tục hành chính", "Cải cách chế độ công vụ", "Cải cách tài chính công"};
        for (int i = 0; i < rows; i++) {
            file.row().set(PlanColumn.TITLE, "Nhiệm vụ " + (i + 1) + " của kế hoạch cải cách hành chính năm " + YEAR + " (" + province + ")")
                    .set(PlanColumn.AREA, areas[i % areas.length]).set(PlanColumn.LEAD, units[i % units.length])
                    .set(PlanColumn.SUPPORT, "Các sở, ngành").set(PlanColumn.DEADLINE, LocalDate.of(YEAR, 1, 31).plusDays(i % 330))
                    .set(PlanColumn.PRODUCT, "Báo cáo kết quả").set(PlanColumn.DOCUMENT, "301/KH-UBND")
                    .set(PlanColumn.DOCUMENT_DATE, LocalDate.of(2026, 12, 1));
        }
        return file;
    }
}
