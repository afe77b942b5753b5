package vn.gov.cchc.portal.session;

/**
 * An action other modules offer on a conclusion paragraph (the task module: assign the tasks it calls for). The
 * session module shows it without knowing the module behind it.
 */
public interface ConclusionFollowUp {

    /** The i18n key of the action's label. */
    String labelKey();

    /** Where the action leads for one paragraph. */
    String route(long conclusionId);
}
