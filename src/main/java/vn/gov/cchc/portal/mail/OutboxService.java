package vn.gov.cchc.portal.mail;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.cchc.portal.common.ConcurrentEditException;
import vn.gov.cchc.portal.common.NotFoundException;
import vn.gov.cchc.portal.mail.internal.OutboxMessage;
import vn.gov.cchc.portal.mail.internal.OutboxRepository;
import vn.gov.cchc.portal.security.Access;

/**
 * The administrator's view of mail: the outbox (the newest first, each with its state, attempts and the reason it
 * failed), sending one again, and on the default run the mails the embedded catcher received.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Access.ADMIN)
public class OutboxService {

    private static final int SHOWN = 500;

    private final OutboxRepository outbox;
    private final ObjectProvider<GreenMail> catcher;
    private final Clock clock;

    OutboxService(OutboxRepository outbox, ObjectProvider<GreenMail> catcher, Clock clock) {
        this.outbox = outbox;
        this.catcher = catcher;
        this.clock = clock;
    }

    public List<OutboxEntry> newest() {
        return outbox.findNewest(PageRequest.of(0, SHOWN)).stream().map(OutboxMessage::toEntry).toList();
    }

    @Transactional
    public void resend(long id, long version) {
        OutboxMessage message = outbox.findById(id).orElseThrow(NotFoundException::new);
        if (message.getVersion() != version) {
            throw new ConcurrentEditException();
        }
        message.resend(clock.instant());
    }

    /** Whether mail goes to the embedded catcher (the default run) rather than a real mail server. */
    public boolean catching() {
        return catcher.getIfAvailable() != null;
    }

    /** The mails the embedded catcher received, the newest first (none without a catcher). */
    public List<CaughtMail> caught() {
        GreenMail greenMail = catcher.getIfAvailable();
        if (greenMail == null) {
            return List.of();
        }
        List<CaughtMail> mails = new ArrayList<>();
        for (MimeMessage message : greenMail.getReceivedMessages()) {
            try {
                mails.add(new CaughtMail(String.join(", ", Arrays.stream(message.getAllRecipients()).map(Object::toString).toList()),
                        message.getSubject(), message.getSentDate() == null ? null : message.getSentDate().toInstant(),
                        plainText(message)));
            } catch (MessagingException | IOException e) {
                mails.add(new CaughtMail("?", String.valueOf(e.getMessage()), null, ""));
            }
        }
        Collections.reverse(mails);
        return mails;
    }

    /** The plain-text body of a mail: the text/plain part of a multipart one. */
    private static String plainText(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/plain")) {
            return String.valueOf(part.getContent());
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String text = plainText(multipart.getBodyPart(i));
                if (!text.isEmpty()) {
                    return text;
                }
            }
        }
        return "";
    }
}
