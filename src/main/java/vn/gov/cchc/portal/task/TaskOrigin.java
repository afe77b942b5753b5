package vn.gov.cchc.portal.task;

/**
 * Where a task came from besides its assigning document: the session and the numbered conclusion paragraph, when
 * it was assigned from one (all null otherwise).
 */
public record TaskOrigin(Long sessionId, Integer sessionNumber, String sessionTitle, Integer conclusionNumber,
        String conclusionText) {

    public static final TaskOrigin NONE = new TaskOrigin(null, null, null, null, null);

    public boolean isEmpty() {
        return sessionId == null;
    }
}
