package vn.gov.cchc.portal.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import vn.gov.cchc.portal.agency.AgencyGroup;
import vn.gov.cchc.portal.common.ConcurrentEditException;
import vn.gov.cchc.portal.common.ValidationException;
import vn.gov.cchc.portal.security.Role;
import vn.gov.cchc.portal.spreadsheet.RowProblem;
import vn.gov.cchc.portal.storage.IncomingFile;
import vn.gov.cchc.portal.support.IntegrationTest;
import vn.gov.cchc.portal.support.SampleFiles;
import vn.gov.cchc.portal.support.TestTasks;
import vn.gov.cchc.portal.support.TestUsers;
import vn.gov.cchc.portal.user.UserSummary;

/**
 * Published indices: the secretariat enters a year's PAR INDEX results on screen or from a sheet laid out like the
 * published table; a result belongs to the framework of its year and to an agency as it was that year; everyone
 * reads them, only the secretariat writes them.
 */
@IntegrationTest
class PublishedIndicesTest {

    @Autowired
    IndexService indices;

    @Autowired
    IndexImportService imports;

    @Autowired
    TestUsers testUsers;

    @Autowired
    TestTasks testTasks;

    @Test
    void a_result_entered_on_screen_shows_with_its_rank_and_in_the_agencys_standings() {
        UserSummary secretary = testUsers.create(Role.SECRETARIAT, null);
        IndexFramework par = parProvinces(2023);
        long laoCai = testTasks.agencyId("lao-cai");
        testUsers.runAs(secretary, () -> indices.savePublication(new IndexPublication(par.id(), 2023,
                "Quyết định số 125/QĐ-BCĐCCHC ngày 05/6/2024", null, 63, 0)));
        testUsers.runAs(secretary, () -> indices.saveResult(par.id(), 2023, laoCai, new IndexScores(null, new BigDecimal("60.25"),
                new BigDecimal("26.90"), new BigDecimal("87.15"), Map.of("1", new BigDecimal("96.40")), 9), 0));

        UserSummary officer = testUsers.create(Role.AGENCY_OFFICER, "cao-bang");
        IndexResult result = testUsers.callAs(officer, () -> indices.results(par.id(), 2023)).stream()
                .filter(r -> r.agencyId() == laoCai).findFirst().orElseThrow();
        assertThat(result.scores().rank()).isEqualTo(9);
        assertThat(result.percentOfMax(par)).isEqualByComparingTo("87.15");
        assertThat(testUsers.callAs(officer, () -> indices.standings(laoCai))).filteredOn(s -> s.year() == 2023).singleElement()
                .satisfies(standing -> {
                    assertThat(standing.rank()).isEqualTo(9);
                    assertThat(standing.rankedCount()).isEqualTo(63);
                });
        assertThatThrownBy(() -> testUsers.runAs(officer, () -> indices.saveResult(par.id(), 2023, laoCai,
                new IndexScores(null, null, null, null, Map.of(), 1), result.version()))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> testUsers.runAs(secretary, () -> indices.saveResult(par.id(), 2023, laoCai,
                new IndexScores(null, null, null, null, Map.of(), 8), 0)))
                .as("someone else changed it meanwhile").isInstanceOf(ConcurrentEditException.class);
        assertThat(testUsers.callAs(secretary, () -> indices.results(par.id(), 2023))).as("nothing changed")
                .filteredOn(r -> r.agencyId() == laoCai).singleElement().isEqualTo(result);
    }

    @Test
    void a_result_for_another_framework_year_a_gone_agency_or_another_group_is_refused() {
        UserSummary secretary = testUsers.create(Role.SECRETARIAT, null);
        IndexFramework qd876 = parProvinces(2023);
        IndexFramework qd1150 = parProvinces(2021);
        Map<Integer, List<IndexResult>> before = results(secretary, qd876, qd1150);
        IndexScores ranked = new IndexScores(null, null, null, null, Map.of(), 20);

        assertThatThrownBy(() -> testUsers.runAs(secretary, () -> indices.saveResult(qd876.id(), 2021, testTasks.agencyId("cao-bang"), ranked, 0)))
                .hasFieldOrPropertyWithValue("messageKey", "index.validation.beforeFramework");
        assertThatThrownBy(() -> testUsers.runAs(secretary, () -> indices.saveResult(qd1150.id(), 2023, testTasks.agencyId("cao-bang"), ranked, 0)))
                .hasFieldOrPropertyWithValue("messageKey", "index.validation.laterFramework");
        assertThatThrownBy(() -> testUsers.runAs(secretary, () -> indices.saveResult(qd876.id(), 2025, testTasks.agencyId("binh-thuan"), ranked, 0)))
                .as("Bình Thuận was merged on 01/07/2025").hasFieldOrPropertyWithValue("messageKey", "index.validation.agencyGone");
        assertThatThrownBy(() -> testUsers.runAs(secretary, () -> indices.saveResult(qd876.id(), 2023, testTasks.agencyId("btp"), ranked, 0)))
                .isInstanceOf(ValidationException.class).hasFieldOrPropertyWithValue("messageKey", "index.validation.otherGroup");
        assertThat(results(secretary, qd876, qd1150)).as("nothing saved").isEqualTo(before);
    }

    /** Each year's results under the two frameworks, for the years the refused results named. */
    private Map<Integer, List<IndexResult>> results(UserSummary secretary, IndexFramework qd876, IndexFramework qd1150) {
        return testUsers.callAs(secretary, () -> Map.of(
                2021, indices.results(qd876.id(), 2021), 2023, indices.results(qd1150.id(), 2023),
                2025, indices.results(qd876.id(), 2025), 20231, indices.results(qd876.id(), 2023)));
    }

    @Test
    void a_year_imported_from_the_published_table_is_previewed_with_every_problem_then_saved_once() {
        UserSummary secretary = testUsers.create(Role.SECRETARIAT, null);
        IndexFramework par = parProvinces(2024);
        List<String> headers = List.of("STT", "Cơ quan", "Điểm thẩm định", "Điểm điều tra xã hội học", "Tổng điểm",
                "1. Công tác chỉ đạo, điều hành cải cách hành chính (%)", "Cải cách thể chế", "Xếp hạng");
        List<List<Object>> bad = List.of(
                row(1, "Tỉnh Lào Cai", 61.2, 27.1, 88.3, 97.5, "95,20", 8),
                row(2, "Tỉnh Hà Tây", 55.0, 25.0, 80.0, null, null, 40),
                row(3, "Bộ Tư pháp", 55.0, 25.0, 80.0, null, null, 41),
                row(4, "Tỉnh Cao Bằng", "tám mươi", 25.0, null, null, null, 42),
                row(5, "Quảng Ninh", 60.0, 28.0, 88.0, 120.0, null, 3),
                row(6, "Lào Cai", 61.2, 27.1, 88.3, null, null, 8));

        IndexPreview preview = testUsers.callAs(secretary, () -> imports.preview(par.id(), 2024, sheet(headers, bad)));

        assertThat(preview.problems()).extracting(RowProblem::row, RowProblem::messageKey).containsExactly(
                Tuple.tuple(3, "plan.error.agencyUnknown"),
                Tuple.tuple(4, "index.validation.otherGroup"),
                Tuple.tuple(5, "index.import.notNumber"),
                Tuple.tuple(6, "index.validation.aboveMax"),
                Tuple.tuple(7, "plan.error.duplicate"));
        assertThat(preview.confirmable()).isFalse();
        assertThat(testUsers.callAs(secretary, () -> imports.confirm(preview)).problems()).isNotEmpty();
        assertThat(testUsers.callAs(secretary, () -> indices.results(par.id(), 2024))).as("nothing saved").isEmpty();

        List<List<Object>> good = List.of(row(1, "Tỉnh Lào Cai", 61.2, 27.1, 88.3, 97.5, "95,20", 8),
                row(2, "UBND tỉnh Quảng Ninh", 63.0, 28.55, 91.55, 99.0, 98.1, 1),
                row(3, "Tỉnh Cao Bằng", 50.1, 24.0, 74.1, null, null, "Không xếp hạng"),
                row(4, "Tỉnh Bắc Kạn", null, null, null, null, null, null));
        IndexPreview fine = testUsers.callAs(secretary, () -> imports.preview(par.id(), 2024, sheet(headers, good)));
        assertThat(fine.problems()).isEmpty();
        assertThat(fine.lines()).extracting(IndexLine::action).containsOnly(IndexLine.Action.NEW).hasSize(3);
        testUsers.runAs(secretary, () -> imports.confirm(fine));

        List<IndexResult> saved = testUsers.callAs(secretary, () -> indices.results(par.id(), 2024));
        assertThat(saved).extracting(result -> result.agency().vi(), result -> result.scores().rank()).containsExactly(
                Tuple.tuple("Tỉnh Quảng Ninh", 1), Tuple.tuple("Tỉnh Lào Cai", 8),
                Tuple.tuple("Tỉnh Cao Bằng", null));
        assertThat(saved.get(1).scores().areas()).containsEntry("2", new BigDecimal("95.20"));
        IndexPreview again = testUsers.callAs(secretary, () -> imports.preview(par.id(), 2024, sheet(headers, good)));
        assertThat(again.lines()).extracting(IndexLine::action).containsOnly(IndexLine.Action.UNCHANGED);
        assertThat(again.confirmable()).isFalse();
    }

    private IndexFramework parProvinces(int year) {
        return testUsers.callAs(testUsers.create(Role.SECRETARIAT, null),
                () -> indices.inForce("PAR_INDEX", AgencyGroup.PROVINCES, year)).orElseThrow();
    }

    private static List<Object> row(Object... cells) {
        return Arrays.asList(cells);
    }

    private static IncomingFile sheet(List<String> headers, List<List<Object>> rows) {
        return SampleFiles.incoming("par-index-2024.xlsx", SampleFiles.xlsx(headers, rows));
    }
}
