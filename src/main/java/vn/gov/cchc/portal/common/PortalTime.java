package vn.gov.cchc.portal.common;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** Instants are stored in UTC; calendar days (deadlines, cut-off dates) are Vietnam's. */
public final class PortalTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private PortalTime() {
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }
}
