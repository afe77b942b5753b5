package vn.gov.cchc.portal.mail.internal;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.BodyPart;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.search.FlagTerm;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Attendee;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.gov.cchc.portal.common.Texts;
import vn.gov.cchc.portal.mail.InvitationReplied;
import vn.gov.cchc.portal.mail.ReplyAnswer;
import vn.gov.cchc.portal.mail.ReplyMailboxSettings;

/**
 * Reads the replies mailbox over IMAP (the embedded catcher's on the default run): each unread mail that carries an
 * iCalendar reply (METHOD:REPLY) becomes an {@link InvitationReplied} per attendee and answer; each delivery failure
 * report (multipart/report, RFC 3464) marks the latest mail sent to the failed address as failed, with the server's
 * reason, for the administrator. Every mail read is marked seen, so it is read once; anything else is left as it is.
 */
@Component
public class ReplyReader {

    /** The password of the replies mailbox in the embedded catcher. */
    static final String CATCHER_PASSWORD = "hop-thu-moi-hop";
    private static final Logger log = LoggerFactory.getLogger(ReplyReader.class);

    private final ReplyMailboxSettings settings;
    private final ObjectProvider<GreenMail> catcher;
    private final ApplicationEventPublisher events;
    private final OutboxRepository outbox;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ReplyReader(ReplyMailboxSettings settings, ObjectProvider<GreenMail> catcher, ApplicationEventPublisher events,
            OutboxRepository outbox, TransactionTemplate transactions, Clock clock) {
        this.settings = settings;
        this.catcher = catcher;
        this.events = events;
        this.outbox = outbox;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Reads the unread mails; returns how many (0 when no mailbox is set, or it cannot be reached now). */
    public int read() {
        GreenMail embedded = catcher.getIfAvailable();
        String host = embedded != null ? "127.0.0.1" : settings.host();
        if (host.isBlank()) {
            return 0;
        }
        String protocol = embedded != null ? "imap" : settings.protocol();
        int port = embedded != null ? embedded.getImap().getPort() : settings.port();
        String user = embedded != null ? settings.address() : settings.username();
        String password = embedded != null ? CATCHER_PASSWORD : settings.password();
        Properties properties = new Properties();
        properties.put("mail." + protocol + ".connectiontimeout", "10000");
        properties.put("mail." + protocol + ".timeout", "20000");
        try (Store store = Session.getInstance(properties).getStore(protocol)) {
            store.connect(host, port, user, password);
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_WRITE);
            try {
                Message[] unread = inbox.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false));
                for (Message message : unread) {
                    handle(message);
                    message.setFlag(Flags.Flag.SEEN, true);
                }
                return unread.length;
            } finally {
                inbox.close(false);
            }
        } catch (MessagingException e) {
            log.warn("The replies mailbox {}@{} could not be read: {}", user, host, e.getMessage());
            return 0;
        }
    }

    private void handle(Message message) throws MessagingException {
        try {
            if (message.isMimeType("multipart/report")) {
                failures(message).forEach(this::bounced);
                return;
            }
            Optional<String> calendar = calendarOf(message);
            if (calendar.isPresent()) {
                replies(calendar.get()).forEach(events::publishEvent);
            }
        } catch (IOException | ParserException | RuntimeException e) {
            log.warn("A mail of the replies mailbox could not be read ({}): {}", message.getSubject(), e.getMessage());
        }
    }

    /** The answers of an iCalendar reply; none for any other calendar. */
    List<InvitationReplied> replies(String text) throws IOException, ParserException {
        Calendar calendar = new CalendarBuilder().build(new StringReader(text));
        boolean reply = calendar.getProperty(Property.METHOD).map(method -> "REPLY".equalsIgnoreCase(method.getValue()))
                .orElse(false);
        List<InvitationReplied> replies = new ArrayList<>();
        if (!reply) {
            return replies;
        }
        for (VEvent event : calendar.<VEvent>getComponents(net.fortuna.ical4j.model.Component.VEVENT)) {
            Optional<String> uid = event.getProperty(Property.UID).map(Property::getValue);
            for (Attendee attendee : event.<Attendee>getProperties(Property.ATTENDEE)) {
                String address = attendee.getCalAddress().getSchemeSpecificPart();
                Optional<ReplyAnswer> answer = attendee.getParameter(Parameter.PARTSTAT)
                        .flatMap(partstat -> ReplyAnswer.of(partstat.getValue()));
                if (uid.isPresent() && answer.isPresent()) {
                    replies.add(new InvitationReplied(uid.get(), address.toLowerCase(Locale.ROOT), answer.get(), clock.instant()));
                }
            }
        }
        return replies;
    }

    /** The failed recipients of a delivery status report, each with the server's words. */
    private static List<String[]> failures(Part report) throws MessagingException, IOException {
        List<String[]> failed = new ArrayList<>();
        for (Part part : parts(report)) {
            if (!part.isMimeType("message/delivery-status")) {
                continue;
            }
            String recipient = null;
            String reason = "";
            boolean failedAction = false;
            for (String line : text(part).split("\\R")) {
                String lower = line.toLowerCase(Locale.ROOT);
                if (lower.startsWith("final-recipient:")) {
                    if (recipient != null && failedAction) {
                        failed.add(new String[] {recipient, reason});
                    }
                    recipient = line.substring(line.indexOf(';') + 1).strip();
                    reason = "";
                    failedAction = false;
                } else if (lower.startsWith("action:")) {
                    failedAction = lower.contains("failed");
                } else if (lower.startsWith("diagnostic-code:")) {
                    reason = line.substring(line.indexOf(':') + 1).strip();
                }
            }
            if (recipient != null && failedAction) {
                failed.add(new String[] {recipient, reason});
            }
        }
        return failed;
    }

    private void bounced(String[] failure) {
        String reason = Texts.get(Texts.VIETNAMESE, "mail.error.bounced", failure[1].isBlank() ? "-" : failure[1]);
        transactions.executeWithoutResult(status -> outbox.findLatestSentTo(failure[0].toLowerCase(Locale.ROOT), PageRequest.of(0, 1))
                .stream().findFirst().ifPresent(message -> message.bounced(reason, clock.instant())));
    }

    private static Optional<String> calendarOf(Part part) throws MessagingException, IOException {
        for (Part candidate : parts(part)) {
            if (candidate.isMimeType("text/calendar") || candidate.isMimeType("application/ics")) {
                return Optional.of(text(candidate));
            }
        }
        return Optional.empty();
    }

    /** The part and, for a multipart, every part inside it. */
    private static List<Part> parts(Part part) throws MessagingException, IOException {
        List<Part> parts = new ArrayList<>(List.of(part));
        if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                parts.addAll(parts(child));
            }
        }
        return parts;
    }

    private static String text(Part part) throws MessagingException, IOException {
        Object content = part.getContent();
        if (content instanceof String text) {
            return text;
        }
        try (InputStream in = part.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
