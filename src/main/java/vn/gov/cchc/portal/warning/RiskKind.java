package vn.gov.cchc.portal.warning;

/** Which condition of the risk rule a task meets. */
public enum RiskKind {
    /** No progress report for a long time, while a good part of its time has passed. */
    SILENT,
    /** The last reported percent lags far behind the time elapsed. */
    BEHIND,
    /** Due soon and not nearly done. */
    CLOSE_AND_LOW,
    /** An extension was refused, or its completion was returned. */
    REFUSED_OR_RETURNED;

    public String messageKey() {
        return "warning.kind." + name();
    }

    /** The sentence with the figures behind it. */
    public String reasonKey() {
        return "warning.reason." + name();
    }
}
