package vn.gov.cchc.portal.brief;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.gov.cchc.portal.indicator.IndicatorUnit;
import vn.gov.cchc.portal.task.Counts;

/**
 * Everything a brief states, as plain values: compiled live for a draft, stored as a frozen snapshot when issued
 * (snapshots of an older shape keep reading: unknown fields are passed over).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record BriefContent(
        SessionPart session,
        List<GroupLine> groups,
        GroupLine total,
        List<GroupLine> areas,
        List<Ranking> rankings,
        List<OverdueLine> overdueByAgency,
        PreviousConclusions previous,
        List<String> agenda,
        Instant compiledAt,
        @Nullable List<Situation> situations,
        @Nullable List<RiskLine> atRisk) {

    /** The rounds' figures, the earliest cut-off first (none for a brief issued before rounds existed). */
    public List<Situation> situationsOrEmpty() {
        return situations == null ? List.of() : situations;
    }

    /** The agencies with the most tasks at risk on the cut-off (none for a brief issued before the early warning). */
    public List<RiskLine> atRiskOrEmpty() {
        return atRisk == null ? List.of() : atRisk;
    }

    /** An agency's tasks at risk of being late on the cut-off, of its tasks open then with their deadline ahead. */
    public record RiskLine(String agency, long atRisk, long open) {
    }

    /**
     * The accepted figures of one reporting round whose cut-off falls in the period, for "I. Tình hình chung":
     * {@code reporter} is the national reporter whose own figures the national ones are (null: none accepted), and
     * how many agencies of each group have an accepted report of how many were asked.
     */
    public record Situation(String round, LocalDate cutoff, @Nullable String reporter,
            List<FigureLine> lines, int ministriesReported, int ministriesAsked, int provincesReported, int provincesAsked) {
    }

    /**
     * One indicator's figures: the national figure (the reporter's, or a sum with its coverage) and the national
     * reporter's levels; the group totals (sums of at least two agencies' accepted reports). Null where none may be
     * stated.
     */
    public record FigureLine(String indicator, IndicatorUnit unit,
            @Nullable Amount national, List<LevelAmount> levels,
            @Nullable Amount ministries, @Nullable Amount provinces) {
    }

    /**
     * A figure for many agencies: {@code reportedBy} the national reporter's, or a sum of {@code reporters} of
     * {@code asked} agencies; {@code part} and {@code whole}: the counts a rate comes from, where known.
     */
    public record Amount(BigDecimal value, @Nullable String reportedBy, int reporters,
            int asked, java.math.@Nullable BigDecimal part,
            java.math.@Nullable BigDecimal whole) {
    }

    /** A national figure at one level, with the level as a state document names it ("UBND cấp huyện"). */
    public record LevelAmount(String level, Amount amount) {
    }

    /** The session the brief is for; {@code place} and dates as the header prints them. */
    public record SessionPart(long id, int number, String title, LocalDate date, String place, LocalDate periodFrom,
            LocalDate periodTo, LocalDate cutoff) {
    }

    /** Planned and done the official way; {@code label} is a Vietnamese name (group, area or agency). */
    public record GroupLine(String label, Counts counts) {
    }

    /** The leading and lagging agencies of one group. */
    public record Ranking(String group, List<GroupLine> leading, List<GroupLine> lagging) {
    }

    public record OverdueLine(String agency, long overdue) {
    }

    /** What became of the previous session's conclusions: each paragraph's tasks as of the cut-off. */
    public record PreviousConclusions(Integer sessionNumber, List<ConclusionLine> conclusions) {
    }

    public record ConclusionLine(int number, String text, int tasks, int done, int overdue) {
    }
}
