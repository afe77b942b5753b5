package vn.gov.cchc.portal.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.security.test.context.support.WithMockUser;
import vn.gov.cchc.portal.common.Formats;
import vn.gov.cchc.portal.security.Roles;
import vn.gov.cchc.portal.support.IntegrationTest;
import vn.gov.cchc.portal.task.TaskRow;

/**
 * Every clickable number of the dashboard — cards, the change since the previous session, the area table, the
 * ranking's columns — opens exactly the tasks it counts: the number on the link, the count in the list's title and
 * the rows of the list are the same, for several cut-off dates.
 */
@IntegrationTest
@WithMockUser(roles = Roles.SECRETARIAT)
class DashboardNumbersTest extends SpringBrowserlessTest {

    @ParameterizedTest(name = "as of {0}, plan {1} to {2}")
    @CsvSource({
        "2023-06-21, 2023-01-01, 2023-12-31",
        "2023-12-31, 2023-01-01, 2023-12-31",
        "2025-07-01, 2023-01-01, 2023-12-31",
        "2026-01-15, 2025-07-01, 2026-06-30"})
    void every_number_opens_exactly_the_tasks_it_counts(LocalDate asOf, LocalDate from, LocalDate to) {
        navigate(DashboardView.class);
        test(find(DatePicker.class).withCaption("Kế hoạch từ ngày").single()).setValue(from);
        test(find(DatePicker.class).withCaption("Kế hoạch đến ngày").single()).setValue(to);
        test(find(DatePicker.class).withCaption("Số liệu tính đến ngày").single()).setValue(asOf);
        test(find(Button.class).withText("Xem số liệu").single()).click();

        List<Button> numbers = find(Button.class).withClassName("figure-number").all();
        assertThat(numbers).as("cards, areas and ranking").hasSizeGreaterThan(40);
        for (Button number : numbers) {
            long shown = Long.parseLong(number.getElement().getAttribute("data-count"));
            assertThat(number.getText()).endsWith(Formats.integer(shown));
            test(number).click();

            DrillDownDialog dialog = find(DrillDownDialog.class).single();
            assertThat(dialog.getHeaderTitle()).as(number.getText()).endsWith(Formats.integer(shown) + " nhiệm vụ");
            @SuppressWarnings("unchecked")
            Grid<TaskRow> grid = (Grid<TaskRow>) find(Grid.class).from(dialog).single();
            List<TaskRow> rows = grid.getLazyDataView().getItems().toList();
            assertThat(rows).as(dialog.getHeaderTitle()).hasSize((int) shown);
            assertThat(rows.stream().map(TaskRow::id).distinct()).hasSize((int) shown);
            dialog.close();
        }
    }
}
