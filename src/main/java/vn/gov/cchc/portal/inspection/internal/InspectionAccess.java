package vn.gov.cchc.portal.inspection.internal;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import vn.gov.cchc.portal.common.NotFoundException;
import vn.gov.cchc.portal.common.ValidationException;
import vn.gov.cchc.portal.inspection.InspectionChanged;
import vn.gov.cchc.portal.inspection.InspectionState;
import vn.gov.cchc.portal.security.CurrentUser;

/**
 * Who may read and change an inspection, in one place (the services call it on every inspection they touch):
 * <ul>
 * <li>administrators, the secretariat and committee members read every inspection;</li>
 * <li>a portal user named on the team reads it, and edits its findings, visit and recommendations while it is open;</li>
 * <li>the inspected agency's users read it from the moment its conclusion is issued;</li>
 * <li>the secretariat and administrators edit every open inspection;</li>
 * <li>anyone else is told it does not exist.</li>
 * </ul>
 */
@Component
public class InspectionAccess {

    private final ApplicationEventPublisher events;
    private final InspectionRepository inspections;
    private final CurrentUser currentUser;

    InspectionAccess(InspectionRepository inspections, CurrentUser currentUser, ApplicationEventPublisher events) {
        this.events = events;
        this.inspections = inspections;
        this.currentUser = currentUser;
    }

    public Inspection readable(long id) {
        Inspection inspection = inspections.findById(id).orElseThrow(NotFoundException::new);
        if (!canRead(inspection)) {
            throw new NotFoundException();
        }
        return inspection;
    }

    /**
     * The inspection, for a change of its findings, visit, team, documents or recommendations; refused once it is
     * closed. Every such change passes here, so it is announced here ({@code InspectionChanged}).
     */
    public Inspection editable(long id) {
        Inspection inspection = readable(id);
        if (!canEdit(inspection)) {
            if (inspection.getState().open()) {
                throw new AccessDeniedException("not on the team");
            }
            throw new ValidationException(null, "inspection.validation.closed");
        }
        events.publishEvent(new InspectionChanged(id));
        return inspection;
    }

    public boolean canRead(Inspection inspection) {
        return currentUser.isCentralReader() || onTeam(inspection)
                || (inspection.getState() == InspectionState.CONCLUDED && ownAgency(inspection));
    }

    public boolean canEdit(Inspection inspection) {
        return inspection.getState().open() && (currentUser.isSecretariatOrAdmin() || onTeam(inspection));
    }

    private boolean onTeam(Inspection inspection) {
        return currentUser.username().map(inspection::hasMember).orElse(false);
    }

    private boolean ownAgency(Inspection inspection) {
        return currentUser.portalUser().map(user -> user.agencyId() != null && user.agencyId() == inspection.getAgencyId())
                .orElse(false);
    }
}
