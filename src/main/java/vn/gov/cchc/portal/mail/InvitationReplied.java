package vn.gov.cchc.portal.mail;

import java.time.Instant;

/**
 * An invitee answered a calendar invitation: the event's UID, the address the answer is from (the ATTENDEE of the
 * reply) and the answer, as the replies mailbox received it. Published by the mail module; the module whose
 * invitation it was records it.
 */
public record InvitationReplied(String uid, String attendee, ReplyAnswer answer, Instant receivedAt) {
}
