package vn.gov.cchc.portal.session;

/**
 * A session, its agenda or its conclusions were created or changed: what reads their texts (the portal's search)
 * reads them again. Published in the transaction of the change.
 */
public record SessionContentChanged(long sessionId) {
}
