package vn.gov.cchc.portal.search;

/** What a result is, in the order the results list the groups. */
public enum SearchKind {
    TASK,
    SESSION,
    AGENDA_ITEM,
    CONCLUSION;

    public String messageKey() {
        return "search.kind." + name();
    }
}
