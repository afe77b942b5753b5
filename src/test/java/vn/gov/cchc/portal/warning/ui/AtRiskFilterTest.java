package vn.gov.cchc.portal.warning.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import vn.gov.cchc.portal.common.PortalTime;
import vn.gov.cchc.portal.security.Roles;
import vn.gov.cchc.portal.support.IntegrationTest;
import vn.gov.cchc.portal.support.TestTasks;
import vn.gov.cchc.portal.task.TaskFilter;
import vn.gov.cchc.portal.task.TaskListService;
import vn.gov.cchc.portal.task.TaskRow;
import vn.gov.cchc.portal.warning.RiskService;
import vn.gov.cchc.portal.warning.TaskAtRisk;
import vn.gov.cchc.portal.warning.internal.AtRiskMark;

/**
 * The task grid filters by "at risk" on its day: exactly the tasks the rule names, today and on a past day; the
 * secretariat gets there from the agencies' list of tasks at risk.
 */
@IntegrationTest
@WithMockUser(username = "thuky", roles = Roles.SECRETARIAT)
class AtRiskFilterTest extends SpringBrowserlessTest {

    private final LocalDate today = LocalDate.now(PortalTime.ZONE);

    @Autowired
    TaskListService taskList;
    @Autowired
    RiskService risks;
    @Autowired
    TestTasks testTasks;

    @Test
    void the_grid_filtered_at_risk_lists_exactly_the_tasks_the_rule_names() {
        testTasks.assignTo("lang-son", "Rà soát thủ tục nội bộ (chưa báo cáo)", today.minusDays(50), today.plusDays(40));
        for (LocalDate day : List.of(today, LocalDate.of(2023, 6, 21), LocalDate.of(2023, 6, 30))) {
            TaskFilter filter = TaskFilter.asOf(day).marked(AtRiskMark.KEY);
            List<Long> listed = new ArrayList<>();
            for (int offset = 0; offset == listed.size(); offset += 500) {
                taskList.page(filter, offset, 500).forEach(row -> listed.add(row.id()));
            }

            assertThat(listed).as("as of %s", day).isNotEmpty().hasSize((int) taskList.count(filter))
                    .containsExactlyInAnyOrderElementsOf(risks.atRisk(day, null).stream().map(task -> task.task().taskId()).toList());
        }
        assertThat(taskList.count(TaskFilter.asOf(today).marked("no-such-mark"))).isZero();
    }

    @Test
    void the_secretariat_opens_the_tasks_at_risk_in_the_task_list() {
        List<TaskAtRisk> atRisk = risks.atRisk(today, null);
        navigate(RiskView.class);

        String href = find(Anchor.class).withText("Xem trong danh sách nhiệm vụ").single().getHref();
        assertThat(href).isEqualTo("tasks?mark=at-risk&asOf=" + today);
        UI.getCurrent().navigate(href.substring(0, href.indexOf('?')), QueryParameters.fromString(href.substring(href.indexOf('?') + 1)));

        @SuppressWarnings("unchecked")
        ComboBox<Object> mark = find(ComboBox.class).withCaption("Cảnh báo").single();
        assertThat(mark.getValue()).isInstanceOf(AtRiskMark.class);
        @SuppressWarnings("unchecked")
        Grid<TaskRow> grid = find(Grid.class).single();
        assertThat(test(grid).size()).isEqualTo(atRisk.size());
    }
}
