package vn.gov.cchc.portal.task.internal;

import java.time.LocalDate;
import vn.gov.cchc.portal.common.DocumentRef;
import vn.gov.cchc.portal.task.ReformArea;
import vn.gov.cchc.portal.task.TaskPriority;

/**
 * What a parent and each of its children share: source, wording, area, dates. {@code planId}: the agency's plan
 * document (plan or amendment) that set the task out, null for a task of another source.
 */
public record TaskContent(Long conclusionId, Long sessionId, DocumentRef document, String docExcerpt, String title, String description, ReformArea area, LocalDate assignedOn, LocalDate deadline,
        String product, TaskPriority priority, int planYear, Long planId) {

    public TaskContent(Long conclusionId, Long sessionId, DocumentRef document, String docExcerpt, String title,
            String description, ReformArea area, LocalDate assignedOn, LocalDate deadline, String product,
            TaskPriority priority, int planYear) {
        this(conclusionId, sessionId, document, docExcerpt, title, description, area, assignedOn,
                deadline, product, priority, planYear, null);
    }

    /** The same content, set out by an agency's plan document of the given year. */
    public TaskContent inPlan(long plan, int year) {
        return new TaskContent(conclusionId, sessionId, document, docExcerpt, title, description,
                area, assignedOn, deadline, product, priority, year, plan);
    }
}
