package vn.gov.cchc.portal.user;

import java.util.List;
import java.util.Map;

/**
 * The enabled users of every agency by role, read once by a run that reminds many agencies: {@code officers} and
 * {@code leaders} per agency id (a user with both roles is in both).
 */
public record AgencyMembers(Map<Long, List<String>> officers, Map<Long, List<String>> leaders) {

    public List<String> officersOf(long agencyId) {
        return officers.getOrDefault(agencyId, List.of());
    }

    public List<String> leadersOf(long agencyId) {
        return leaders.getOrDefault(agencyId, List.of());
    }
}
