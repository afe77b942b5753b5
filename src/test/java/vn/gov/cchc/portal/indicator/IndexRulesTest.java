package vn.gov.cchc.portal.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.gov.cchc.portal.agency.AgencyGroup;
import vn.gov.cchc.portal.common.ValidationException.FieldError;

/** What a published index result must meet, each rule on its field. */
class IndexRulesTest {

    private static final IndexFramework PAR_INDEX = new IndexFramework(1, "PAR_INDEX", "Chỉ số CCHC", "PAR INDEX",
            AgencyGroup.PROVINCES, "Quyết định số 876/QĐ-BNV", 2022, IndicatorUnit.SCORE, new BigDecimal("100"), true, true,
            true, List.of(new IndexItem("1", null, "Công tác chỉ đạo, điều hành", "Direction", null),
                    new IndexItem("2", null, "Cải cách thể chế", "Institutions", null)));
    private static final IndexFramework SIPAS = new IndexFramework(2, "SIPAS", "SIPAS", "SIPAS", AgencyGroup.PROVINCES,
            null, 2017, IndicatorUnit.PERCENT, null, false, false, true, List.of());

    @Test
    void a_result_as_published_passes() {
        assertThat(IndexRules.problems(PAR_INDEX, scores("60.12", "59.80", "27.35", "87.15", Map.of("1", d("95.5")), 11))).isEmpty();
        assertThat(IndexRules.problems(SIPAS, new IndexScores(null, null, null, d("82.66"), Map.of(), null))).isEmpty();
    }

    @Test
    void a_rank_alone_is_a_result_but_nothing_at_all_is_not() {
        assertThat(IndexRules.problems(PAR_INDEX, new IndexScores(null, null, null, null, Map.of(), 11))).isEmpty();
        assertThat(fields(IndexRules.problems(PAR_INDEX, new IndexScores(null, null, null, null, Map.of(), null))))
                .containsExactly("total:index.validation.nothing");
    }

    @Test
    void scores_stay_between_zero_and_the_maximum_and_areas_at_most_100_percent() {
        assertThat(fields(IndexRules.problems(PAR_INDEX, scores("-1", null, null, "100.5", Map.of("2", d("120")), 0))))
                .containsExactly("self:indicator.validation.negative", "total:index.validation.aboveMax",
                        "area/2:index.validation.aboveMax", "rank:index.validation.rank");
        assertThat(fields(IndexRules.problems(SIPAS, new IndexScores(null, null, null, d("101"), Map.of(), null))))
                .containsExactly("total:index.validation.aboveMax");
    }

    @Test
    void a_score_or_an_area_the_index_does_not_have_is_refused() {
        assertThat(fields(IndexRules.problems(SIPAS, new IndexScores(d("80"), null, null, d("82.66"), Map.of("9", d("50")), null))))
                .containsExactly("self:index.validation.notInIndex", "area/9:index.validation.notInIndex");
    }

    @Test
    void the_total_is_the_appraised_score_plus_the_survey_score_to_rounding() {
        assertThat(IndexRules.problems(PAR_INDEX, scores(null, "59.80", "27.35", "87.16", Map.of(), null))).isEmpty();
        assertThat(IndexRules.problems(PAR_INDEX, scores(null, "59.80", "27.35", "88.15", Map.of(), null)))
                .singleElement().satisfies(problem -> {
                    assertThat(problem.messageKey()).isEqualTo("index.validation.totalNotSum");
                    assertThat(problem.arguments()).containsExactly("87,15");
                });
    }

    private static IndexScores scores(String self, String appraised, String survey, String total, Map<String, BigDecimal> areas,
            Integer rank) {
        return new IndexScores(d(self), d(appraised), d(survey), d(total), areas, rank);
    }

    private static BigDecimal d(String value) {
        return value == null ? null : new BigDecimal(value);
    }

    private static List<String> fields(List<FieldError> problems) {
        return problems.stream().map(problem -> problem.field() + ":" + problem.messageKey()).toList();
    }
}
