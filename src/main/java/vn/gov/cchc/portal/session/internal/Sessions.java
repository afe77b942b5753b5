package vn.gov.cchc.portal.session.internal;

import org.springframework.stereotype.Component;
import vn.gov.cchc.portal.common.ConcurrentEditException;
import vn.gov.cchc.portal.common.NotFoundException;

/** Loads a session for the services of this module, checking the version the user saw where one is given. */
@Component
public class Sessions {

    private final SessionRepository sessions;

    Sessions(SessionRepository sessions) {
        this.sessions = sessions;
    }

    public CommitteeSession require(long id) {
        return sessions.findById(id).orElseThrow(NotFoundException::new);
    }

    public CommitteeSession require(long id, long version) {
        CommitteeSession session = require(id);
        if (session.getVersion() != version) {
            throw new ConcurrentEditException();
        }
        return session;
    }
}
