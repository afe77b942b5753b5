package vn.gov.cchc.portal.session;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import vn.gov.cchc.portal.common.PortalTime;

/**
 * A session as an iCalendar invitation (RFC 5545, written by ical4j): one event per session whose UID never changes,
 * so that an update (a higher SEQUENCE) replaces it in the invitee's calendar and a cancellation (METHOD:CANCEL,
 * STATUS:CANCELLED) removes it. Times in UTC; a session lasts {@link #LENGTH} unless the calendar is moved.
 */
public final class SessionCalendar {

    /** How long the calendar blocks for a session (a morning). */
    public static final Duration LENGTH = Duration.ofHours(4);

    private SessionCalendar() {
    }

    /** The event's UID: the same for every version of the session's invitation. */
    private static final Pattern UID = Pattern.compile("phien-hop-(\\d{1,18})@cchc\\.gov\\.vn");

    public static String uid(long sessionId) {
        return "phien-hop-" + sessionId + "@cchc.gov.vn";
    }

    /** The session's id from an event's UID, when the event is a session's. */
    public static Optional<Long> sessionId(String uid) {
        Matcher matcher = UID.matcher(uid.strip());
        return matcher.matches() ? Optional.of(Long.valueOf(matcher.group(1))) : Optional.empty();
    }

    /**
     * The invitation as one invitee receives it: the organiser is the replies mailbox, where the invitee's calendar
     * sends its answer (RSVP), and the invitee the event's attendee.
     */
    public static String invitation(SessionDetails session, int sequence, boolean cancel, String organizerEmail,
            String attendeeEmail, String location, Instant now) {
        Instant start = session.details().startsAt().atZone(PortalTime.ZONE).toInstant();
        VEvent event = new VEvent(start, start.plus(LENGTH), session.title());
        event.replace(new DtStamp(now));
        event.add(new Uid(uid(session.id())));
        event.add(new Sequence(sequence));
        event.add(new Location(location));
        event.add(new Description(session.title()));
        event.add(new Organizer("mailto:" + organizerEmail));
        event.add(new Attendee("mailto:" + attendeeEmail).add(Rsvp.TRUE).add(PartStat.NEEDS_ACTION));
        event.add(cancel ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Ban Chi dao cai cach hanh chinh//Cong thong tin//VI"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(cancel ? ImmutableMethod.CANCEL : ImmutableMethod.REQUEST);
        calendar.add(event);
        return calendar.toString();
    }
}
