package vn.gov.cchc.portal.search.internal;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.gov.cchc.portal.benchmark.BenchmarkReport;
import vn.gov.cchc.portal.common.PortalTime;
import vn.gov.cchc.portal.search.SearchKind;
import vn.gov.cchc.portal.search.SearchService;
import vn.gov.cchc.portal.security.Role;
import vn.gov.cchc.portal.security.SystemAuthentication;
import vn.gov.cchc.portal.session.SessionDocumentService;
import vn.gov.cchc.portal.session.SessionFilter;
import vn.gov.cchc.portal.session.SessionService;
import vn.gov.cchc.portal.session.SessionSummary;
import vn.gov.cchc.portal.support.IntegrationTest;
import vn.gov.cchc.portal.support.SampleFiles;
import vn.gov.cchc.portal.support.TestTasks;
import vn.gov.cchc.portal.support.TestUsers;
import vn.gov.cchc.portal.task.ScaleDataService;
import vn.gov.cchc.portal.user.UserSummary;

/**
 * Search over 1.000.000 tasks (-Dbench.tasks=N) and 10.000 documents (-Dbench.documents=N): the index table rebuilt
 * after generating the tasks and copied into the node's Lucene index, the documents uploaded one by one (their text
 * read by Tika), then queries as the secretariat and as a province officer — a province's name, common words, a
 * rare phrase, words typed as prefixes, words of the documents — and the time from assigning a task or uploading a
 * document to finding it. Run:
 * {@code ./mvnw -Pbenchmark test -Dtest=SearchBenchmark}. Target: p95 ≤ 100 ms; a new record or document findable within 1 s.
 */
@IntegrationTest
class SearchBenchmark {

    @Autowired
    ScaleDataService scaleData;

    @Autowired
    SearchRebuild rebuild;

    @Autowired
    SearchService search;

    @Autowired
    NodeIndex node;

    @Autowired
    SessionDocumentService documents;

    @Autowired
    SessionService sessions;

    @Autowired
    TestUsers testUsers;

    @Autowired
    TestTasks testTasks;

    @Test
    void searching_a_million_tasks() {
        int tasks = Integer.getInteger("bench.tasks", 1_000_000);
        BenchmarkReport report = new BenchmarkReport("search");
        long started = System.nanoTime();
        SystemAuthentication.runAsSystem(() -> scaleData.generate(tasks, 17));
        long generated = System.nanoTime();
        long indexed = rebuild.rebuild();
        long tabled = System.nanoTime();
        node.catchUp();
        report.note(String.format("%,d tasks generated in %.0f s; %,d records written to the index table in %.0f s, copied into "
                + "this node's Lucene index in %.0f s", tasks, (generated - started) / 1e9, indexed, (tabled - generated) / 1e9,
                (System.nanoTime() - tabled) / 1e9));

        UserSummary secretary = testUsers.create(Role.SECRETARIAT, null);
        UserSummary officer = testUsers.create(Role.AGENCY_OFFICER, "dak-lak-2025");
        int files = Integer.getInteger("bench.documents", 10_000);
        long uploading = System.nanoTime();
        List<Long> sessionIds = SystemAuthentication.callAsSystem(() -> sessions.list(SessionFilter.all())).stream()
                .map(SessionSummary::id).toList();
        for (int i = 0; i < files; i++) {
            long session = sessionIds.get(i % sessionIds.size());
            byte[] docx = SampleFiles.docx(MinutesText.of(i));
            String name = "bien-ban-" + (i + 1) + ".docx";
            testUsers.runAs(secretary, () -> documents.upload(session, SampleFiles.incoming(name, docx)));
        }
        report.note(String.format("%,d documents (DOCX, about %,d characters each) uploaded, read by Tika and indexed in %.0f s", files,
                MinutesText.of(0).length(), (System.nanoTime() - uploading) / 1e9));
        for (String query : new String[] {"dak lak", "bao cao", "cai cach thu tuc hanh chinh", "so hoa ho so", "ke hoach kiem tra",
                "tr", "quyet dinh 1150", "bien ban hop", "y kien chi dao krong"}) {
            report.measure("secretariat: " + query, 50, () -> testUsers.callAs(secretary, () -> search.search(query)));
            report.measure("Đắk Lắk officer: " + query, 50, () -> testUsers.callAs(officer, () -> search.search(query)));
        }
        LocalDate today = LocalDate.now(PortalTime.ZONE);
        long start = System.nanoTime();
        long task = testTasks.assignTo("dak-lak-2025", "Thí điểm liên thông điện tử khai sinh khai tử Krông Búk", today, today.plusDays(30));
        boolean found = testUsers.callAs(secretary, () -> search.search("krong buk khai sinh")).groups().stream()
                .flatMap(group -> group.hits().stream()).anyMatch(hit -> hit.recordId() == task);
        report.note(String.format("a task assigned and found by its words: %s in %.0f ms", found ? "found" : "NOT found",
                (System.nanoTime() - start) / 1e6));
        long uploaded = System.nanoTime();
        long document = testUsers.callAs(secretary, () -> documents.upload(sessionIds.getFirst(), SampleFiles.incoming("ket-luan.docx",
                SampleFiles.docx("Kết luận về thí điểm chính quyền số tại xã Hòa Phú, huyện Cư M'gar")))).id();
        boolean documentFound = testUsers.callAs(secretary, () -> search.search("hoa phu chinh quyen so")).groups().stream()
                .flatMap(group -> group.hits().stream()).anyMatch(hit -> hit.kind() == SearchKind.SESSION_DOCUMENT && hit.recordId() == document);
        report.note(String.format("a document uploaded and found by a word of its text: %s in %.0f ms", documentFound ? "found" : "NOT found",
                (System.nanoTime() - uploaded) / 1e6));
        report.print();
    }
}
