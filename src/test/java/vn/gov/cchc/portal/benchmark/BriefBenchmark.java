package vn.gov.cchc.portal.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.gov.cchc.portal.brief.BriefDetails;
import vn.gov.cchc.portal.brief.BriefService;
import vn.gov.cchc.portal.common.PortalTime;
import vn.gov.cchc.portal.security.SystemAuthentication;
import vn.gov.cchc.portal.session.SessionDraft;
import vn.gov.cchc.portal.session.SessionForm;
import vn.gov.cchc.portal.session.SessionKind;
import vn.gov.cchc.portal.session.SessionService;
import vn.gov.cchc.portal.support.IntegrationTest;
import vn.gov.cchc.portal.task.ScaleDataService;

/**
 * A brief compiled and exported as DOCX and PDF for a period holding 10,000 generated tasks (plus the demo data).
 * Run: {@code ./mvnw -Pbenchmark test -Dtest=BriefBenchmark}. Target: compile + both exports ≤ 2 s.
 */
@IntegrationTest
class BriefBenchmark {

    @Autowired
    ScaleDataService scaleData;

    @Autowired
    SessionService sessions;

    @Autowired
    BriefService briefs;

    @Test
    void compile_and_export_both_formats() {
        int tasks = Integer.getInteger("bench.tasks", 10_000);
        BenchmarkReport report = new BenchmarkReport("brief");
        LocalDate today = LocalDate.now(PortalTime.ZONE);
        SystemAuthentication.runAsSystem(() -> {
            scaleData.generate(tasks, 11);
            long session = sessions.create(new SessionDraft("BENCH", 1, "Phiên họp đo hiệu năng", SessionKind.REGULAR,
                    today.atTime(8, 0), null, SessionForm.ONLINE, null, LocalDate.of(2023, 1, 1), today.plusYears(1),
                    today)).id();
            BriefDetails first = briefs.compile(session, 5);
            long planned = first.content().total().counts().planned();
            report.note(String.format("%,d tasks generated; the brief's period holds %,d planned tasks", tasks, planned));
            assertThat(planned).isGreaterThanOrEqualTo(tasks);
            int[] bytes = new int[2];
            report.measure("compile + DOCX + PDF", 15, () -> {
                BriefDetails brief = briefs.recompile(first.summary().id(), briefs.get(first.summary().id()).summary().version(), 5);
                bytes[0] = briefs.docx(brief.summary().id()).length;
                bytes[1] = briefs.pdf(brief.summary().id()).length;
                return brief;
            });
            report.note(String.format("DOCX %,d bytes, PDF %,d bytes", bytes[0], bytes[1]));
        });
        report.print();
    }
}
