package vn.gov.cchc.portal.session;

/** Published when a session's conclusions are issued; its paragraphs can now become tasks. */
public record SessionConcluded(long sessionId) {
}
