package vn.gov.cchc.portal.session;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import vn.gov.cchc.portal.mail.ReplyAnswer;

/** An invitee's latest answer to a session's invitation: who (and of which agency, for an agency user), what, when. */
public record InvitationReply(String username, @Nullable Long agencyId, ReplyAnswer answer, Instant repliedAt) {
}
