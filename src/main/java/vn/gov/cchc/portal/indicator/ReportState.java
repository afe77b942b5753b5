package vn.gov.cchc.portal.indicator;

/**
 * Where an agency's report of a round stands. A draft is the officer's and the leader's to edit; the leader submits
 * it; the secretariat accepts it (frozen) or returns it with a reason (editable again). {@code NOT_STARTED}: nothing
 * saved yet.
 */
public enum ReportState {
    NOT_STARTED,
    DRAFT,
    SUBMITTED,
    RETURNED,
    ACCEPTED;

    public boolean editable() {
        return this == NOT_STARTED || this == DRAFT || this == RETURNED;
    }

    public String messageKey() {
        return "indicator.report.state." + name();
    }
}
