package vn.gov.cchc.portal.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import vn.gov.cchc.portal.common.PortalTime;
import vn.gov.cchc.portal.search.SearchKind;
import vn.gov.cchc.portal.search.SearchSettings;
import vn.gov.cchc.portal.search.internal.SearchChanges.Key;
import vn.gov.cchc.portal.support.IntegrationTest;
import vn.gov.cchc.portal.support.TestTasks;

/**
 * A second portal node, with its own copy of the index on its own disk, against the same database: it copies the
 * table at its first search, then follows every change made through the other node — also one whose transaction
 * commits after a later one's — and copies the table again after a rebuild.
 */
@IntegrationTest
class SecondNodeTest {

    /** Today, taken when each test starts (not when the class loads: a run may cross midnight). */
    private final LocalDate today = LocalDate.now(PortalTime.ZONE);
    private static final List<String> CENTRAL = List.of(Readers.EVERYONE, Readers.CENTRAL);

    @Autowired
    SearchChanges changes;

    @Autowired
    SearchEntries entries;

    @Autowired
    SearchRebuild rebuild;

    @Autowired
    TestTasks testTasks;

    @Autowired
    TransactionTemplate transactions;

    @TempDir
    Path disk;

    @Test
    void a_second_node_copies_the_index_and_follows_the_changes_made_through_the_first() throws Exception {
        long before = testTasks.assignTo("dak-lak-2025", "Thí điểm chứng thực bản sao điện tử tại huyện Ea Kar", today, today.plusDays(30));
        NodeIndex second = new NodeIndex(changes, entries, new SearchSettings(disk, false));
        try {
            assertThat(tasks(second, "ea kar chung thuc")).as("copied at its first search").contains(before);

            long after = testTasks.assignTo("dak-lak-2025", "Liên thông đăng ký khai sinh tại huyện Ea Súp", today, today.plusDays(30));
            assertThat(tasks(second, "ea sup khai sinh")).as("followed from the change log").contains(after);

            Key slow = new Key(SearchKind.INDICATOR, 987_654);
            CountDownLatch written = new CountDownLatch(1);
            CountDownLatch commit = new CountDownLatch(1);
            CompletableFuture<Void> longTransaction = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(status -> {
                entries.put(List.of(SearchEntry.of(slow.kind(), slow.recordId(), null, Readers.everyone(), "Chỉ tiêu Krông Ana", null)));
                written.countDown();
                await(commit);
            }));
            assertThat(written.await(30, TimeUnit.SECONDS)).isTrue();
            long later = testTasks.assignTo("dak-lak-2025", "Số hóa hồ sơ hộ tịch huyện Cư Kuin", today, today.plusDays(30));
            assertThat(tasks(second, "cu kuin ho tich")).as("a later change, committed first").contains(later);
            commit.countDown();
            longTransaction.get(30, TimeUnit.SECONDS);
            assertThat(indicators(second, "krong ana")).as("the earlier change, committed last, is not skipped")
                    .containsExactly(slow.recordId());
            entries.remove(slow);

            Key unlogged = new Key(SearchKind.INDICATOR, 987_655);
            entries.write(List.of(SearchEntry.of(unlogged.kind(), unlogged.recordId(), null, Readers.everyone(), "Chỉ tiêu Lắk Buk", null)));
            assertThat(indicators(second, "lak buk")).as("written without the log, as a rebuild writes").isEmpty();
            rebuild.rebuild();
            assertThat(indicators(second, "lak buk")).as("copied again after a rebuild").containsExactly(unlogged.recordId());
            assertThat(tasks(second, "ea sup khai sinh")).contains(after);
            entries.remove(unlogged);
        } finally {
            second.close();
        }
    }

    private static List<Long> tasks(NodeIndex node, String query) {
        return found(node, query, SearchKind.TASK);
    }

    private static List<Long> indicators(NodeIndex node, String query) {
        return found(node, query, SearchKind.INDICATOR);
    }

    private static List<Long> found(NodeIndex node, String query, SearchKind kind) {
        return node.search(Words.ofQuery(query), CENTRAL, 10).best(kind).stream().map(KindCollector.Hit::recordId).toList();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
