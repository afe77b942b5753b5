package vn.gov.cchc.portal.session;

/** A planned session was changed (its time, place, title…) or cancelled: invitations already sent must follow. */
public record SessionChanged(long sessionId, boolean cancelled) {
}
