package vn.gov.cchc.portal.common;

/** Someone else saved the same record since it was loaded; nothing of this edit was saved. */
public class ConcurrentEditException extends PortalException {

    public ConcurrentEditException() {
        super("error.concurrentEdit");
    }
}
