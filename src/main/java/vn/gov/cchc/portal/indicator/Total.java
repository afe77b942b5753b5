package vn.gov.cchc.portal.indicator;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import vn.gov.cchc.portal.agency.AgencyName;

/**
 * A figure that stands for more than one agency, with where it comes from: either the national reporter's own
 * figure ({@code reportedBy}), or the sum of the accepted reports of {@code reporters} of the {@code asked} agencies
 * (its coverage, "theo báo cáo của 41/51 cơ quan, địa phương"). One agency's figure is never a total
 * ({@link IndicatorTotals}).
 */
public record Total(BigDecimal value, @Nullable AgencyName reportedBy, int reporters, int asked) {

    public static Total reported(BigDecimal value, AgencyName reporter) {
        return new Total(value, reporter, 1, 1);
    }

    public boolean isReported() {
        return reportedBy != null;
    }
}
