package vn.gov.cchc.portal.task;

/** A task's texts (title, description, product, document) were revised, in the transaction of the change. */
public record TaskRevised(long taskId) {
}
