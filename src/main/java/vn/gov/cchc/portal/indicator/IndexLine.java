package vn.gov.cchc.portal.indicator;

import vn.gov.cchc.portal.agency.AgencyName;

/**
 * A row of an index results file as it will be saved: the agency (as it was that year), the result, and whether it
 * is new, changes the one entered, or repeats it.
 */
public record IndexLine(int row, long agencyId, AgencyName agency, IndexScores scores, Action action) {

    public enum Action {
        NEW,
        UPDATE,
        UNCHANGED;

        public String messageKey() {
            return "index.import.action." + name();
        }
    }
}
