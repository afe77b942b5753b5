package vn.gov.cchc.portal.session.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.gov.cchc.portal.common.ui.AccessibleTabs;
import vn.gov.cchc.portal.common.ui.RouteLoading;
import vn.gov.cchc.portal.security.CurrentUser;
import vn.gov.cchc.portal.session.AgendaService;
import vn.gov.cchc.portal.session.AttendanceService;
import vn.gov.cchc.portal.session.ConclusionFollowUp;
import vn.gov.cchc.portal.session.ConclusionService;
import vn.gov.cchc.portal.session.SessionDetails;
import vn.gov.cchc.portal.session.SessionDocumentService;
import vn.gov.cchc.portal.session.SessionHistoryService;
import vn.gov.cchc.portal.session.SessionInvitationService;
import vn.gov.cchc.portal.session.SessionLinks;
import vn.gov.cchc.portal.session.SessionService;

/** One session: overview, agenda, attendance, documents, conclusions and history, each on its own tab. */
@Route(SessionLinks.SESSION)
@PermitAll
class SessionView extends Main implements HasUrlParameter<Long>, HasDynamicTitle {

    private final SessionServices services;
    private final boolean canEdit;
    private final H2 heading = new H2();
    private final TabSheet tabs = AccessibleTabs.of(new TabSheet());
    private SessionDetails session;

    /** The services the session's tabs use, as one bean: each tab takes the one it needs. */
    @Component
    record SessionServices(SessionService sessions, AgendaService agenda, AttendanceService attendance,
            SessionDocumentService documents, ConclusionService conclusions, SessionHistoryService history,
            List<ConclusionFollowUp> followUps, SessionInvitationService invitations) {
    }

    SessionView(SessionServices services, CurrentUser currentUser) {
        this.services = services;
        this.canEdit = currentUser.isSecretariatOrAdmin();
        addClassName("session-view");
        tabs.setWidthFull();
        add(heading, tabs);
    }

    @Override
    public void setParameter(BeforeEvent event, Long sessionId) {
        RouteLoading.loadOrNotFound(event, () -> services.sessions().get(sessionId)).ifPresent(loaded -> {
            session = loaded;
            build();
        });
    }

    private void build() {
        heading.setText(getTranslation("session.heading", session.number(), session.title()));
        while (tabs.getTabCount() > 0) {
            tabs.remove(0);
        }
        long id = session.id();
        tabs.add(getTranslation("session.tab.overview"), new OverviewTab(services.sessions(), services.invitations(), session, canEdit, this::reload));
        tabs.add(getTranslation("session.tab.agenda"), new AgendaTab(services.agenda(), id, canEdit));
        tabs.add(getTranslation("session.tab.attendance"), new AttendanceTab(services.attendance(), services.invitations(), id, canEdit));
        tabs.add(getTranslation("session.tab.documents"), new DocumentsTab(services.documents(), id, canEdit));
        tabs.add(getTranslation("session.tab.conclusions"),
                new ConclusionsTab(services.conclusions(), services.agenda(), services.followUps(), session, canEdit));
        tabs.add(getTranslation("session.tab.history"), new HistoryTab(services.history(), id));
    }

    private void reload(SessionDetails updated) {
        session = updated;
        heading.setText(getTranslation("session.heading", session.number(), session.title()));
    }

    @Override
    public String getPageTitle() {
        return session == null ? getTranslation("nav.sessions")
                : getTranslation("session.numberLabel", session.number()) + " · " + getTranslation("app.shortName");
    }
}
