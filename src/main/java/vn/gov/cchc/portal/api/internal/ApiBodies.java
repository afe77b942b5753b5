package vn.gov.cchc.portal.api.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.gov.cchc.portal.task.Counts;
import vn.gov.cchc.portal.task.TaskRow;

/** The shapes the API answers with: its contract, kept apart from the portal's own records so they can change. */
final class ApiBodies {

    private ApiBodies() {
    }

    /** One page of a list and the cursor of the next (none on the last page). */
    record Page<T>(List<T> items, @Nullable String nextCursor) {
    }

    /** A task with its status as of the day asked. */
    record TaskItem(long id, @Nullable Long parentId, String title, String area, @Nullable Long leadAgencyId,
            @Nullable String leadAgency, LocalDate assignedOn, @Nullable LocalDate deadline, String status) {

        static TaskItem of(TaskRow row) {
            return new TaskItem(row.id(), row.parentId(), row.title(), row.area().name(), row.leadAgencyId(),
                    row.leadAgency() == null ? null : row.leadAgency().vi(), row.assignedOn(), row.deadline(), row.status().name());
        }
    }

    /** Planned tasks split the official way, and the completion rate in percent. */
    record CountsBody(long planned, long doneOnTime, long doneLate, long openInTime, long openOverdue, BigDecimal rate) {

        static CountsBody of(Counts counts) {
            return new CountsBody(counts.planned(), counts.doneOnTime(), counts.doneLate(), counts.openInTime(),
                    counts.openOverdue(), counts.rate());
        }
    }

    record AgencyCounts(long agencyId, String agency, String group, CountsBody counts) {
    }

    /** The figures of the plan period as of a day: in total, per group of agencies, per reform area and per agency. */
    record FiguresBody(LocalDate asOf, LocalDate from, LocalDate to, String basis, String scope, CountsBody total, Map<String, CountsBody> groups,
            Map<String, CountsBody> areas, List<AgencyCounts> agencies) {
    }

    record SessionItem(long id, String term, int number, String title, String kind, LocalDateTime startsAt, String form,
            String status, @Nullable LocalDate cutoffDate) {
    }

    record ConclusionItem(long id, int number, String text, @Nullable String agendaItem) {
    }

    /** An indicator of the catalogue as in force on the day asked; a rate names the counts it is computed from. */
    record IndicatorItem(String code, String name, String nameEn, String unit, boolean byLevel, List<String> groups,
            @Nullable String numerator, @Nullable String denominator, LocalDate validFrom) {
    }

    /** A reporting round: the period its figures are of, its cut-off and deadline, the indicators it asks for. */
    record RoundItem(long id, String title, String kind, LocalDate from, LocalDate to, LocalDate cutoff, LocalDate deadline,
            List<String> indicators, boolean closed) {
    }

    /** One accepted value: the indicator, the level of government it counts, the value. */
    record ValueItem(String indicator, String level, BigDecimal value) {
    }

    record AgencyValuesItem(long agencyId, String agency, String group, List<ValueItem> values) {
    }

    /**
     * A figure standing for many agencies: {@code reportedBy} names the national reporter whose own figure it is;
     * otherwise it is the sum of the accepted reports of {@code reporters} of the {@code asked} agencies (never one
     * agency's figure alone).
     */
    record TotalItem(String indicator, String level, BigDecimal value, String reportedBy, int reporters, int asked) {
    }

    /**
     * A round's accepted figures: the national figures, the group totals (by group name), and each agency's (a token
     * of one agency: its own).
     */
    record RoundFiguresBody(RoundItem round, List<TotalItem> national, Map<String, List<TotalItem>> groups,
            List<AgencyValuesItem> agencies) {
    }
}
