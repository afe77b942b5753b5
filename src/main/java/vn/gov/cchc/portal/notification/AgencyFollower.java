package vn.gov.cchc.portal.notification;

import org.jspecify.annotations.Nullable;
import vn.gov.cchc.portal.agency.AgencySummary;

/** An agency active today with the secretariat officer following it (none yet when {@code username} is null). */
public record AgencyFollower(AgencySummary agency, @Nullable String username) {
}
