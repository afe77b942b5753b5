package vn.gov.cchc.portal.api.internal;

import org.springframework.http.HttpStatus;
import vn.gov.cchc.portal.common.PortalException;

/** A request the API refuses, with the HTTP status and the message (from the bundles) its problem detail carries. */
class ApiException extends PortalException {

    private final HttpStatus status;

    ApiException(HttpStatus status, String messageKey, Object... arguments) {
        super(messageKey, arguments);
        this.status = status;
    }

    HttpStatus status() {
        return status;
    }
}
