package vn.gov.cchc.portal.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import vn.gov.cchc.portal.agency.AgencyGroup;
import vn.gov.cchc.portal.security.Roles;
import vn.gov.cchc.portal.support.IntegrationTest;

/** The catalogue ships the common figures; a change applies from a date on and leaves the periods before it alone. */
@IntegrationTest
@WithMockUser(roles = Roles.SECRETARIAT)
class IndicatorCatalogueServiceTest {

    @Autowired
    IndicatorCatalogueService catalogue;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_default_catalogue_has_the_common_figures_and_computes_the_on_time_rate_from_its_counts() {
        Map<String, Indicator> first2023 = catalogue.byCode(LocalDate.of(2023, 3, 23));

        assertThat(first2023).containsKeys("TTHC_IN_FORCE", "DVC_FULL", "HS_RESOLVED", "HS_ON_TIME", "RATE_ON_TIME",
                "RATE_DIGITISED", "RATE_E_RESULTS", "PAY_ONLINE_VND", "DOCS_DIRECTION", "UNITS", "RATE_E_DOCS");
        Indicator onTime = first2023.get("RATE_ON_TIME");
        assertThat(onTime.unit()).isEqualTo(IndicatorUnit.PERCENT);
        assertThat(onTime.rate()).isTrue();
        assertThat(onTime.numerator()).isEqualTo("HS_ON_TIME");
        assertThat(onTime.denominator()).isEqualTo("HS_RESOLVED");
        assertThat(onTime.groups()).containsExactlyInAnyOrder(AgencyGroup.PROVINCES, AgencyGroup.MINISTRIES);
        assertThat(first2023.get("PAY_ONLINE_VND").unit()).isEqualTo(IndicatorUnit.VND);
    }

    @Test
    void a_new_version_applies_from_its_date_and_earlier_periods_keep_the_old_one() {
        jdbc.update("""
                INSERT INTO indicator_version (code, valid_from, name_vi, name_en, unit, by_level, provinces, ministries,
                    numerator, denominator, position)
                VALUES ('UNITS', '2030-01-01', 'Đơn vị sự nghiệp công lập tự chủ', 'Self-financing public-service units',
                    'COUNT', FALSE, TRUE, TRUE, NULL, NULL, 240)""");

        assertThat(catalogue.byCode(LocalDate.of(2029, 12, 31)).get("UNITS").nameVi()).isEqualTo("Đơn vị sự nghiệp công lập");
        assertThat(catalogue.byCode(LocalDate.of(2030, 1, 1)).get("UNITS").nameVi()).isEqualTo("Đơn vị sự nghiệp công lập tự chủ");
        assertThat(catalogue.inForceOn(LocalDate.of(2030, 1, 1)))
                .hasSameSizeAs(catalogue.inForceOn(LocalDate.of(2029, 12, 31)));
    }
}
