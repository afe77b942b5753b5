package vn.gov.cchc.portal.common;

/** The record does not exist, or the current user may not know that it exists: both look the same. */
public class NotFoundException extends PortalException {

    public NotFoundException() {
        super("error.notFound");
    }
}
