package vn.gov.cchc.portal.task;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A row of a plan file that imports: what it does, to which task (null for a new one), and what the preview shows
 * of it. {@code lead} is the lead agency's name, or the directive's "Tất cả các tỉnh/bộ"; {@code deadlineWritten} the
 * deadline as the file wrote it ("Quý IV/2024", "Thường xuyên"), beside what was read from it.
 */
public record PlanLine(int row, PlanAction action, @Nullable Long taskId, String title, String lead,
        @Nullable LocalDate deadline, String deadlineWritten, @Nullable ReformArea area) {

    public PlanLine(int row, PlanAction action, @Nullable Long taskId, String title, String lead, @Nullable LocalDate deadline) {
        this(row, action, taskId, title, lead, deadline, "", null);
    }
}
