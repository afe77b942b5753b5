package vn.gov.cchc.portal.session;

/**
 * A session, its agenda, its conclusions or its documents were created or changed: what reads their texts (the
 * portal's search) reads them again. Published in the transaction of the change.
 */
public record SessionContentChanged(long sessionId) {
}
