package vn.gov.cchc.portal.task.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.gov.cchc.portal.agency.AgencyGroup;
import vn.gov.cchc.portal.common.PortalTime;
import vn.gov.cchc.portal.support.IntegrationTest;
import vn.gov.cchc.portal.task.TaskFilter;
import vn.gov.cchc.portal.task.TaskSort;
import vn.gov.cchc.portal.task.TaskStatus;

/**
 * As of today the grid reads statuses from the task rows' own columns (fast, on indexes); for any other day from
 * the spans. Both must find the same tasks for every status, alone and with other filters.
 */
@IntegrationTest
class CurrentStatusTest {

    private static final int DUE_SOON_DAYS = 3;

    @Autowired
    TaskSearch search;

    @Test
    void as_of_today_the_task_rows_and_the_spans_agree_on_every_status() {
        LocalDate today = LocalDate.now(PortalTime.ZONE);
        long checked = 0;
        for (TaskStatus status : TaskStatus.values()) {
            for (TaskFilter filter : new TaskFilter[] {
                new TaskFilter(today, null, null, null, status, null, null, null, null),
                new TaskFilter(today, null, AgencyGroup.PROVINCES, null, status, null, null, null, null, TaskSort.AGENCY)}) {
                long fromRows = search.count(filter, DUE_SOON_DAYS, today);
                long fromSpans = search.count(filter, DUE_SOON_DAYS, null);
                assertThat(fromRows).as(status + " " + filter.group()).isEqualTo(fromSpans);
                assertThat(search.page(filter, DUE_SOON_DAYS, today, 0, 50)).as("rows of " + status)
                        .allSatisfy(row -> assertThat(row.status()).isEqualTo(status));
                checked += fromRows;
            }
        }
        assertThat(checked).as("the demo data has tasks in these statuses").isPositive();
    }
}
