package vn.gov.cchc.portal.indicator;

/** The ways a submission's figures can disagree with themselves or with the agency's past. */
public enum DisagreementKind {
    /** A rate the agency typed is not the rate of the counts it typed. */
    RATE_DIFFERS,
    /** The levels do not add up to the total. */
    LEVELS_DO_NOT_ADD_UP,
    /** A part is larger than its whole (dossiers on time above dossiers resolved). */
    PART_ABOVE_WHOLE,
    /** A value far outside the agency's previous periods (above three times, or below a third of, their median). */
    FAR_FROM_HISTORY,
    /** Two indicators that count the same thing give different numbers (1.191 and 1.162 services on the national portal). */
    SAME_FIGURE_DIFFERS;

    public String messageKey() {
        return "indicator.check." + name();
    }
}
