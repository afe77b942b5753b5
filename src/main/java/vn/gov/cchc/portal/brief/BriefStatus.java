package vn.gov.cchc.portal.brief;

public enum BriefStatus {
    DRAFT,
    ISSUED,
    SUPERSEDED;

    public String messageKey() {
        return "brief.status." + name();
    }
}
