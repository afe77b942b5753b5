package vn.gov.cchc.portal.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.gov.cchc.portal.task.Counts;

/** A chart is also said in words (its alternative text), for those who cannot see it: every bar's figures. */
class ChartTextTest {

    @Test
    void the_bars_are_said_with_their_figures() {
        String[] legend = {"Hoàn thành đúng hạn", "Hoàn thành quá hạn", "Chưa hoàn thành, trong hạn", "Chưa hoàn thành, quá hạn"};
        Counts ministries = new Counts(658, 81, 465, 96);

        String text = StackedBars.describe(List.of(new StackedBars.Row("Bộ, ngành", ministries)), "Theo khối", legend);

        assertThat(text).isEqualTo("Theo khối. Bộ, ngành: Hoàn thành đúng hạn 658, Hoàn thành quá hạn 81,"
                + " Chưa hoàn thành, trong hạn 465, Chưa hoàn thành, quá hạn 96.");
    }
}
