package vn.gov.cchc.portal.task;

import java.util.List;

/**
 * Who leads: exactly one agency ({@code SINGLE}), every ministry-level agency or every province active on the
 * assignment date, or a hand-picked list. More than one agency makes a directive: a parent and one child each.
 */
public record AgencySelection(Kind kind, List<Long> agencyIds) {

    public enum Kind {
        SINGLE,
        ALL_MINISTRIES,
        ALL_PROVINCES,
        SELECTED
    }

    public static AgencySelection single(long agencyId) {
        return new AgencySelection(Kind.SINGLE, List.of(agencyId));
    }
}
