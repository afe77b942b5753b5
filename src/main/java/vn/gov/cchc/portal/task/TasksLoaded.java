package vn.gov.cchc.portal.task;

/**
 * Tasks were inserted in bulk with their histories, bypassing the ledger (generated or demo data): every task with an
 * id from {@code firstId} to {@code lastId}. Published after their transactions committed.
 */
public record TasksLoaded(long firstId, long lastId) {
}
