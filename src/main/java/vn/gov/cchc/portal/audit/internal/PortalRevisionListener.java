package vn.gov.cchc.portal.audit.internal;

import org.hibernate.envers.RevisionListener;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Stamps each revision with the signed-in user ("system" for start-up work, which runs as the system). */
public class PortalRevisionListener implements RevisionListener {

    @Override
    public void newRevision(Object revisionEntity) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        ((PortalRevision) revisionEntity).setUsername(authentication == null ? "unknown" : authentication.getName());
    }
}
