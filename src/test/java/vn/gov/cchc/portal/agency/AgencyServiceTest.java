package vn.gov.cchc.portal.agency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import vn.gov.cchc.portal.common.ConcurrentEditException;
import vn.gov.cchc.portal.common.ValidationException;
import vn.gov.cchc.portal.security.Roles;
import vn.gov.cchc.portal.security.SystemAuthentication;
import vn.gov.cchc.portal.support.IntegrationTest;

@IntegrationTest
@WithMockUser(roles = Roles.ADMIN)
class AgencyServiceTest {

    private static final LocalDate SESSION_5_CUTOFF = LocalDate.of(2023, 6, 21);

    @Autowired
    AgencyService agencies;

    @Test
    void before_the_2025_merges_63_provinces_and_22_ministry_level_agencies_were_active() {
        assertThat(agencies.list(AgencyFilter.activeOn(SESSION_5_CUTOFF, AgencyGroup.PROVINCES))).hasSize(63);
        assertThat(agencies.list(AgencyFilter.activeOn(SESSION_5_CUTOFF, AgencyGroup.MINISTRIES))).hasSize(22);
    }

    @Test
    void after_the_2025_merges_34_provinces_and_17_ministry_level_agencies_are_active() {
        assertThat(agencies.list(AgencyFilter.activeOn(LocalDate.of(2025, 3, 1), AgencyGroup.MINISTRIES))).hasSize(17);
        assertThat(agencies.list(AgencyFilter.activeOn(LocalDate.of(2025, 6, 30), AgencyGroup.PROVINCES))).hasSize(63);
        assertThat(agencies.list(AgencyFilter.activeOn(LocalDate.of(2025, 7, 1), AgencyGroup.PROVINCES))).hasSize(34);
    }

    @Test
    void filter_by_kind_lists_only_that_kind() {
        assertThat(agencies.list(new AgencyFilter(AgencyKind.CITY, null, SESSION_5_CUTOFF, null)))
                .extracting(AgencySummary::code)
                .containsExactlyInAnyOrder("ha-noi", "hai-phong", "da-nang", "ho-chi-minh", "can-tho");
    }

    @Test
    void search_without_diacritics_finds_vietnamese_names() {
        assertThat(agencies.list(new AgencyFilter(null, null, SESSION_5_CUTOFF, "dak lak")))
                .extracting(AgencySummary::nameVi).containsExactly("Tỉnh Đắk Lắk");
        assertThat(agencies.list(new AgencyFilter(null, null, null, "bo ke hoach")))
                .extracting(AgencySummary::code).containsExactly("bkhdt");
    }

    @Test
    void details_show_predecessors_and_successor() {
        long financeId = agencies.findByCode("btc").orElseThrow().id();
        AgencyDetails finance = agencies.details(financeId);
        assertThat(finance.predecessors()).extracting(AgencySummary::code).containsExactly("bkhdt");

        AgencyDetails planning = agencies.details(agencies.findByCode("bkhdt").orElseThrow().id());
        assertThat(planning.successor().code()).isEqualTo("btc");
        assertThat(planning.agency().validTo()).isEqualTo(LocalDate.of(2025, 2, 28));
    }

    @Test
    void an_agency_whose_end_date_is_before_its_start_is_refused() {
        assertThatThrownBy(() -> agencies.create(new NewAgency("thu-nghiem-a", null, "Cơ quan thử", "Test agency",
                AgencyKind.MINISTRY, LocalDate.of(2024, 5, 1), LocalDate.of(2024, 4, 30))))
                .isInstanceOf(ValidationException.class)
                .hasFieldOrPropertyWithValue("messageKey", "agency.validation.endBeforeStart");
        assertThat(agencies.findByCode("thu-nghiem-a")).isEmpty();
    }

    @Test
    void a_duplicate_code_is_refused_and_nothing_changes() {
        int before = agencies.list(AgencyFilter.all()).size();
        assertThatThrownBy(() -> agencies.create(new NewAgency("ha-noi", null, "Hà Nội 2", "Ha Noi 2",
                AgencyKind.CITY, null, null)))
                .isInstanceOf(ValidationException.class)
                .hasFieldOrPropertyWithValue("messageKey", "agency.validation.codeTaken");
        assertThat(agencies.list(AgencyFilter.all())).hasSize(before);
        assertThat(agencies.findByCode("ha-noi").orElseThrow().nameVi()).isEqualTo("Thành phố Hà Nội");
    }

    @Test
    void a_merge_into_a_non_existing_successor_is_refused_and_nothing_changes() {
        AgencySummary agency = newAgency("thu-nghiem-b");
        assertThatThrownBy(() -> agencies.recordMerge(new AgencyMerge(agency.id(), agency.version(), 999_999L,
                LocalDate.of(2026, 1, 1))))
                .isInstanceOf(ValidationException.class)
                .hasFieldOrPropertyWithValue("messageKey", "agency.merge.successorNotFound");
        assertThat(agencies.details(agency.id()).agency().validTo()).isNull();
    }

    @Test
    void a_merge_into_an_agency_inactive_on_the_effective_date_is_refused_and_nothing_changes() {
        AgencySummary agency = newAgency("thu-nghiem-c");
        long endedMinistry = agencies.findByCode("bkhdt").orElseThrow().id();
        assertThatThrownBy(() -> agencies.recordMerge(new AgencyMerge(agency.id(), agency.version(), endedMinistry,
                LocalDate.of(2026, 1, 1))))
                .isInstanceOf(ValidationException.class)
                .hasFieldOrPropertyWithValue("messageKey", "agency.merge.successorNotActive");
        assertThat(agencies.details(agency.id()).agency()).isEqualTo(agency);
    }

    @Test
    void a_recorded_merge_ends_the_agency_the_day_before_and_names_the_successor() {
        AgencySummary agency = newAgency("thu-nghiem-d");
        AgencySummary successor = newAgency("thu-nghiem-e");
        AgencySummary merged = agencies.recordMerge(new AgencyMerge(agency.id(), agency.version(), successor.id(),
                LocalDate.of(2026, 1, 1)));

        assertThat(merged.validTo()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(merged.successorId()).isEqualTo(successor.id());
        assertThat(agencies.details(successor.id()).predecessors()).extracting(AgencySummary::id)
                .containsExactly(agency.id());
        assertThat(merged.activeOn(LocalDate.of(2025, 12, 31))).isTrue();
        assertThat(merged.activeOn(LocalDate.of(2026, 1, 1))).isFalse();
    }

    @Test
    void the_registry_kept_in_memory_shows_a_new_agency_and_a_merge_at_once() {
        int before = agencies.list(AgencyFilter.all()).size();
        AgencySummary agency = newAgency("thu-nghiem-h");
        AgencySummary successor = newAgency("thu-nghiem-i");
        assertThat(agencies.byId()).containsKeys(agency.id(), successor.id());
        assertThat(agencies.list(AgencyFilter.all())).hasSize(before + 2);

        agencies.recordMerge(new AgencyMerge(agency.id(), agency.version(), successor.id(), LocalDate.of(2026, 1, 1)));

        assertThat(agencies.byId().get(agency.id()).validTo()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(agencies.list(new AgencyFilter(null, null, LocalDate.of(2026, 1, 1), null)))
                .extracting(AgencySummary::code).contains(successor.code()).doesNotContain(agency.code());
    }

    @Test
    void a_merge_based_on_a_stale_version_is_refused_and_nothing_changes() {
        AgencySummary agency = newAgency("thu-nghiem-f");
        AgencySummary successor = newAgency("thu-nghiem-g");
        assertThatThrownBy(() -> agencies.recordMerge(new AgencyMerge(agency.id(), agency.version() + 1,
                successor.id(), LocalDate.of(2026, 1, 1))))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(agencies.details(agency.id()).agency()).isEqualTo(agency);
        assertThat(agencies.details(successor.id()).predecessors()).isEmpty();
    }

    @Test
    @WithMockUser(roles = Roles.SECRETARIAT)
    void secretariat_reads_the_registry_but_cannot_add_an_agency() {
        assertThat(agencies.list(AgencyFilter.all())).isNotEmpty();
        assertThatThrownBy(() -> agencies.create(new NewAgency("thu-nghiem-h", null, "Cơ quan", "Agency",
                AgencyKind.MINISTRY, null, null))).isInstanceOf(AccessDeniedException.class);
        assertThat(agencies.findByCode("thu-nghiem-h")).isEmpty();
    }

    @Test
    @WithMockUser(roles = Roles.AGENCY_OFFICER)
    void agency_officer_cannot_record_a_merge_and_nothing_changes() {
        AgencySummary agency = SystemAuthentication.callAsSystem(() -> newAgency("thu-nghiem-i"));
        AgencySummary successor = SystemAuthentication.callAsSystem(() -> newAgency("thu-nghiem-k"));
        assertThatThrownBy(() -> agencies.recordMerge(new AgencyMerge(agency.id(), agency.version(), successor.id(),
                LocalDate.of(2026, 1, 1)))).isInstanceOf(AccessDeniedException.class);
        assertThat(SystemAuthentication.callAsSystem(() -> agencies.details(agency.id()).agency())).isEqualTo(agency);
    }

    private AgencySummary newAgency(String code) {
        return agencies.create(new NewAgency(code + "-" + System.nanoTime() % 1_000_000, null, "Cơ quan " + code,
                "Agency " + code, AgencyKind.MINISTERIAL_AGENCY, LocalDate.of(2025, 9, 1), null));
    }

    @Test
    void names_as_people_write_them_find_the_agency_active_on_the_date() {
        AgencyNames names = agencies.names();
        LocalDate today = LocalDate.of(2026, 12, 3);

        assertThat(names.find("UBND tỉnh Quảng Ninh", today)).map(AgencySummary::code).contains("quang-ninh");
        assertThat(names.find("quang ninh", today)).map(AgencySummary::code).contains("quang-ninh");
        assertThat(names.find("TP. Hồ Chí Minh", today)).map(AgencySummary::code).contains("ho-chi-minh-2025");
        assertThat(names.find("TP.HCM", SESSION_5_CUTOFF)).map(AgencySummary::code).contains("ho-chi-minh");
        assertThat(names.find("Bộ KH&ĐT", SESSION_5_CUTOFF)).map(AgencySummary::code).contains("bkhdt");
        assertThat(names.find("Bộ KH&ĐT", today)).as("merged into the Ministry of Finance in 2025").isEmpty();
        assertThat(names.knows("Bộ KH&ĐT")).isTrue();
        assertThat(names.find("Ministry of Justice", today)).map(AgencySummary::code).contains("btp");
        assertThat(names.closest("Tinh Quang Nin", today, 3)).first().isEqualTo("Tỉnh Quảng Ninh");
    }

    @Test
    void the_administrator_adds_and_removes_other_names_and_a_name_it_already_has_is_refused() {
        long haiPhong = agencies.findByCode("hai-phong-2025").orElseThrow().id();

        agencies.addAlias(haiPhong, "TP Cảng");

        assertThat(agencies.aliases(haiPhong)).contains("TP Cảng");
        assertThat(agencies.names().find("tp cang", LocalDate.of(2026, 12, 3))).map(AgencySummary::id).contains(haiPhong);
        List<String> kept = agencies.aliases(haiPhong);
        assertThatThrownBy(() -> agencies.addAlias(haiPhong, "TP CANG")).isInstanceOf(ValidationException.class)
                .hasFieldOrPropertyWithValue("messageKey", "agency.alias.taken");
        assertThatThrownBy(() -> agencies.addAlias(haiPhong, "Thành phố Hải Phòng")).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> agencies.addAlias(haiPhong, "x".repeat(256))).isInstanceOf(ValidationException.class)
                .hasFieldOrPropertyWithValue("messageKey", "validation.tooLong");
        assertThat(agencies.aliases(haiPhong)).as("the refused names were not added").isEqualTo(kept);

        agencies.removeAlias(haiPhong, "TP Cảng");
        assertThat(agencies.aliases(haiPhong)).doesNotContain("TP Cảng");
    }

    @Test
    @WithMockUser(roles = Roles.SECRETARIAT)
    void only_the_administrator_edits_other_names() {
        long haiPhong = agencies.findByCode("hai-phong-2025").orElseThrow().id();
        assertThatThrownBy(() -> agencies.addAlias(haiPhong, "Đất Cảng"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(SystemAuthentication.callAsSystem(() -> agencies.aliases(haiPhong))).doesNotContain("Đất Cảng");
    }
}
