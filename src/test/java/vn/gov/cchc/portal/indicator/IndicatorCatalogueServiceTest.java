package vn.gov.cchc.portal.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import vn.gov.cchc.portal.agency.AgencyGroup;
import vn.gov.cchc.portal.common.ValidationException;
import vn.gov.cchc.portal.security.Roles;
import vn.gov.cchc.portal.security.SystemAuthentication;
import vn.gov.cchc.portal.support.IntegrationTest;

/** The catalogue ships the common figures; a change applies from a date on and leaves the periods before it alone. */
@IntegrationTest
@WithMockUser(roles = Roles.SECRETARIAT)
class IndicatorCatalogueServiceTest {

    @Autowired
    IndicatorCatalogueService catalogue;

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
    void a_new_version_applies_from_its_period_and_earlier_periods_keep_the_old_one() {
        Indicator units = catalogue.byCode(LocalDate.of(2029, 12, 31)).get("UNITS");
        catalogue.define(new Indicator("UNITS", "Đơn vị sự nghiệp công lập tự chủ", "Self-financing public-service units",
                IndicatorUnit.COUNT, false, units.groups(), null, null, LocalDate.of(2030, 1, 1), 0));

        assertThat(catalogue.byCode(LocalDate.of(2029, 12, 31)).get("UNITS").nameVi()).isEqualTo("Đơn vị sự nghiệp công lập");
        assertThat(catalogue.byCode(LocalDate.of(2030, 1, 1)).get("UNITS").nameVi()).isEqualTo("Đơn vị sự nghiệp công lập tự chủ");
        assertThat(catalogue.byCode(LocalDate.of(2030, 1, 1)).get("UNITS").position()).isEqualTo(units.position());
        assertThat(catalogue.inForceOn(LocalDate.of(2030, 1, 1))).hasSameSizeAs(catalogue.inForceOn(LocalDate.of(2029, 12, 31)));
        assertThat(catalogue.versionsOf("UNITS")).extracting(Indicator::validFrom)
                .containsExactly(LocalDate.of(2030, 1, 1), units.validFrom());
    }

    @Test
    void a_new_rate_is_computed_from_two_counts_in_force() {
        catalogue.define(new Indicator("RATE_ONLINE_PAID", "Tỷ lệ thanh toán trực tuyến", "Share paid online", IndicatorUnit.PERCENT,
                false, Set.of(AgencyGroup.PROVINCES), "PAY_ONLINE", "HS_RESOLVED", LocalDate.of(2031, 4, 1), 0));

        Indicator added = catalogue.byCode(LocalDate.of(2031, 4, 1)).get("RATE_ONLINE_PAID");
        assertThat(added.rate()).isTrue();
        assertThat(catalogue.byCode(LocalDate.of(2031, 3, 31))).doesNotContainKey("RATE_ONLINE_PAID");
    }

    @Test
    void a_change_mid_quarter_before_a_reported_period_or_with_a_formula_that_is_not_counts_is_refused() {
        List<Indicator> resolved = catalogue.versionsOf("HS_RESOLVED");
        assertThatThrownBy(() -> catalogue.define(new Indicator("HS_RESOLVED", "Hồ sơ đã giải quyết", "Dossiers resolved",
                IndicatorUnit.COUNT, true, Set.of(AgencyGroup.PROVINCES), null, null, LocalDate.of(2032, 2, 15), 0)))
                .hasFieldOrPropertyWithValue("messageKey", "indicator.validation.periodStart");
        assertThatThrownBy(() -> catalogue.define(new Indicator("HS_RESOLVED", "Hồ sơ đã giải quyết", "Dossiers resolved",
                IndicatorUnit.COUNT, true, Set.of(AgencyGroup.PROVINCES), null, null, LocalDate.of(2022, 1, 1), 0)))
                .as("the 2022 and 2023 rounds were reported under the old version")
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> catalogue.define(new Indicator("RATE_X", "Tỷ lệ", "Rate", IndicatorUnit.PERCENT, false,
                Set.of(AgencyGroup.PROVINCES), "RATE_ON_TIME", "HS_RESOLVED", LocalDate.of(2032, 1, 1), 0)))
                .hasFieldOrPropertyWithValue("messageKey", "indicator.validation.formulaCounts");
        assertThat(catalogue.versionsOf("HS_RESOLVED")).as("nothing changed").isEqualTo(resolved);
        assertThat(catalogue.versionsOf("RATE_X")).isEmpty();
    }

    @Test
    @WithMockUser(roles = Roles.AGENCY_OFFICER)
    void an_agency_does_not_change_the_catalogue() {
        assertThatThrownBy(() -> catalogue.define(new Indicator("HS_NEW", "Hồ sơ mới", "New dossiers", IndicatorUnit.COUNT, false,
                Set.of(AgencyGroup.PROVINCES), null, null, LocalDate.of(2032, 1, 1), 0)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(SystemAuthentication.callAsSystem(() -> catalogue.versionsOf("HS_NEW"))).isEmpty();
    }
}
