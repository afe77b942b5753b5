package vn.gov.cchc.portal.brief;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.gov.cchc.portal.task.Counts;

/**
 * Everything a brief states, as plain values: compiled live for a draft, stored as a frozen snapshot when issued.
 */
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
        @org.jspecify.annotations.Nullable Situation situation) {

    /**
     * The accepted figures of the period's latest reporting round, for "I. Tình hình chung" (null: no round in the
     * period, or a brief issued before rounds existed).
     */
    public record Situation(String round, LocalDate cutoff, List<FigureLine> lines) {
    }

    /**
     * One indicator's figures: its Vietnamese name, whether it is a rate, and the national and group totals as the
     * indicator module computes them (null where there is none).
     */
    public record FigureLine(String indicator, boolean rate, java.math.@org.jspecify.annotations.Nullable BigDecimal national,
            java.math.@org.jspecify.annotations.Nullable BigDecimal ministries,
            java.math.@org.jspecify.annotations.Nullable BigDecimal provinces) {
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
