package vn.gov.cchc.portal.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import vn.gov.cchc.portal.common.PortalTime;
import vn.gov.cchc.portal.security.Roles;
import vn.gov.cchc.portal.support.IntegrationTest;

/** The secretariat enters the task list at any row, in each order, and the rows there are in that order. */
@IntegrationTest
@WithMockUser(roles = Roles.SECRETARIAT)
class TaskListOrderTest {

    /** Today, taken when each test starts (not when the class loads: a run may cross midnight). */
    private final LocalDate today = LocalDate.now(PortalTime.ZONE);

    @Autowired
    TaskListService taskList;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_middle_of_the_list_by_deadline_is_in_deadline_order_with_tasks_without_one_last() {
        TaskFilter filter = TaskFilter.asOf(today).sortedBy(TaskSort.DEADLINE);
        long total = taskList.count(filter);
        List<TaskRow> middle = taskList.page(filter, (int) (total / 2), 100);
        assertThat(middle).hasSize(100).isSortedAccordingTo(Comparator.comparing(TaskRow::deadline,
                Comparator.nullsLast(Comparator.naturalOrder())));
        assertThat(taskList.page(filter, (int) total - 1, 10)).hasSize(1);
        assertThat(taskList.page(filter, (int) total, 10)).isEmpty();
    }

    @Test
    void by_lead_agency_the_list_follows_the_vietnamese_order_of_names_and_newest_first_within_each() {
        TaskFilter filter = TaskFilter.asOf(today).sortedBy(TaskSort.AGENCY);
        long total = taskList.count(filter);
        // the database's Vietnamese collation (ADR 0002) decides the order of names
        List<Long> byName = jdbc.queryForList("SELECT id FROM agency ORDER BY name_vi, id", Long.class);
        for (int offset : new int[] {0, (int) (total / 3), (int) (total - 200)}) {
            List<TaskRow> rows = taskList.page(filter, offset, 200);
            assertThat(rows).hasSize(200);
            for (int i = 1; i < rows.size(); i++) {
                TaskRow before = rows.get(i - 1);
                TaskRow row = rows.get(i);
                if (before.leadAgencyId().equals(row.leadAgencyId())) {
                    assertThat(row.id()).as("newest first within an agency").isLessThan(before.id());
                } else {
                    assertThat(byName.indexOf(before.leadAgencyId())).as(before.leadAgency().vi() + " before "
                            + row.leadAgency().vi()).isLessThan(byName.indexOf(row.leadAgencyId()));
                }
            }
        }
    }

    @Test
    void newest_first_the_rows_at_any_depth_are_those_of_the_whole_list_there() {
        TaskFilter filter = TaskFilter.asOf(today);
        long total = taskList.count(filter);
        List<TaskRow> deep = taskList.page(filter, (int) (total - 50), 50);
        assertThat(deep).hasSize(50).isSortedAccordingTo(Comparator.comparingLong(TaskRow::id).reversed());
        assertThat(taskList.page(filter, (int) (total - 51), 1).getFirst().id()).isGreaterThan(deep.getFirst().id());
    }
}
