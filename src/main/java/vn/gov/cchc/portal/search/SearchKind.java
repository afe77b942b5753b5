package vn.gov.cchc.portal.search;

/** What a result is, in the order the results list the groups. */
public enum SearchKind {
    TASK,
    SESSION,
    AGENDA_ITEM,
    CONCLUSION,
    BRIEF,
    INSPECTION,
    RECOMMENDATION,
    INDICATOR,
    SESSION_DOCUMENT,
    INSPECTION_DOCUMENT,
    EVIDENCE;

    public String messageKey() {
        return "search.kind." + name();
    }
}
