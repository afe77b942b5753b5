package vn.gov.cchc.portal.agency;

import java.time.LocalDate;

/**
 * What to list; every part is optional. {@code text} matches names and codes ignoring tone marks and
 * Vietnamese letters ("dak lak" finds "Đắk Lắk").
 */
public record AgencyFilter(AgencyKind kind, AgencyGroup group, LocalDate activeOn, String text) {

    public static AgencyFilter all() {
        return new AgencyFilter(null, null, null, null);
    }

    public static AgencyFilter activeOn(LocalDate date, AgencyGroup group) {
        return new AgencyFilter(null, group, date, null);
    }
}
