package vn.gov.cchc.portal.inspection.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;
import vn.gov.cchc.portal.security.Roles;
import vn.gov.cchc.portal.support.IntegrationTest;

/**
 * Every number of the inspection overview opens exactly the records it counts (the demo's 2022 and 2023 inspections:
 * Cao Bằng's recommendations by addressee, its requirements done; the 2023 plan's states).
 */
@IntegrationTest
@WithMockUser(roles = Roles.COMMITTEE_MEMBER)
class InspectionOverviewNumbersTest extends SpringBrowserlessTest {

    @Test
    void every_number_opens_as_many_records_as_it_says() {
        navigate(InspectionOverviewView.class);
        @SuppressWarnings("unchecked")
        ComboBox<Integer> year = find(ComboBox.class).first();
        int walked = 0;
        for (Integer shown : List.of(2022, 2023)) {
            year.setValue(shown);
            List<Button> numbers = find(Button.class).withClassName("overview-number").all();
            assertThat(numbers).isNotEmpty();
            for (Button number : numbers) {
                long count = Long.parseLong(number.getText().replace(".", ""));
                if (count == 0) {
                    assertThat(number.isEnabled()).as("nothing to open").isFalse();
                    continue;
                }
                test(number).click();
                Grid<?> records = find(Grid.class).withClassName("overview-records").single();
                assertThat(test(records).size()).as("%s in %s", number.getText(), shown).isEqualTo(count);
                find(Dialog.class).single().close();
                walked++;
            }
        }
        assertThat(walked).as("the demo has numbers to open").isGreaterThanOrEqualTo(8);
    }
}
