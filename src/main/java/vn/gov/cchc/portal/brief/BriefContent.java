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
        Instant compiledAt) {

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
