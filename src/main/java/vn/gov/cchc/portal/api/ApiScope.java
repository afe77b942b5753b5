package vn.gov.cchc.portal.api;

/** What a token may read: tasks, sessions and conclusions; or figures. */
public enum ApiScope {
    READ_TASKS,
    READ_FIGURES;

    /** The authority a request with such a token carries. */
    public String authority() {
        return "SCOPE_" + name();
    }

    public String messageKey() {
        return "api.scope." + name();
    }
}
