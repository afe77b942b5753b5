package vn.gov.cchc.portal.shell.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.gov.cchc.portal.agency.AgencyService;
import vn.gov.cchc.portal.brief.BriefService;
import vn.gov.cchc.portal.brief.BriefSummary;
import vn.gov.cchc.portal.common.Formats;
import vn.gov.cchc.portal.common.PortalTime;
import vn.gov.cchc.portal.common.ui.PageTitles;
import vn.gov.cchc.portal.dashboard.DashboardFigures;
import vn.gov.cchc.portal.dashboard.DashboardRequest;
import vn.gov.cchc.portal.dashboard.DashboardService;
import vn.gov.cchc.portal.dashboard.Period;
import vn.gov.cchc.portal.security.CurrentUser;
import vn.gov.cchc.portal.security.Role;
import vn.gov.cchc.portal.session.SessionService;
import vn.gov.cchc.portal.task.DeadlineBasis;
import vn.gov.cchc.portal.task.TaskLinks;
import vn.gov.cchc.portal.task.WorkQueueService;
import vn.gov.cchc.portal.user.UserAdminService;
import vn.gov.cchc.portal.warning.RiskService;

/**
 * The first page after sign-in: each of the user's roles gets its work queue, every line a link to the work
 * (see docs/decisions/0012-work-queues.md).
 */
@Route("")
@PermitAll
@Menu(order = 0, icon = "vaadin:home", title = "nav.home")
class HomeView extends Main implements HasDynamicTitle {

    private static final int ITEMS = 5;

    /** What the home's role sections read, as one bean: each section takes the one it needs. */
    @Component
    record HomeServices(WorkQueueService queues, DashboardService dashboard, SessionService sessions, BriefService briefs,
            UserAdminService users, AgencyService agencies, RiskService risks) {
    }

    private final DashboardService dashboard;

    HomeView(HomeServices services, CurrentUser currentUser, Clock clock) {
        this.dashboard = services.dashboard();
        WorkQueueService queues = services.queues();
        SessionService sessions = services.sessions();
        BriefService briefs = services.briefs();
        addClassName("home-view");
        LocalDate today = PortalTime.today(clock);
        add(new H2(getTranslation("home.greeting", currentUser.displayName())));
        add(new Paragraph(getTranslation("home.today", Formats.date(today))));
        for (Role role : currentUser.roles()) {
            Section section = new Section();
            section.addClassName("home-role");
            section.getElement().setAttribute("data-role", role.name());
            section.add(new H2(getTranslation(role.messageKey())));
            // each section reads only what its role may: the services check it again
            switch (role) {
                case SECRETARIAT -> section.add(new SecretariatHome(queues.secretariat(ITEMS), thisYear(today), today),
                        RiskList.ofAgencies(services.risks().byAgency(today), today), new NextSession(sessions.next(), briefs.list()));
                case AGENCY_LEADER -> section.add(new AgencyHome(queues.agency(false, ITEMS), today),
                        RiskList.ofTasks(services.risks().atRisk(today, null), TaskLinks::agency));
                case AGENCY_OFFICER -> section.add(new AgencyHome(queues.agency(true, ITEMS), today),
                        RiskList.ofTasks(services.risks().atRisk(today, null), TaskLinks::agency));
                case COMMITTEE_MEMBER -> {
                    List<BriefSummary> allBriefs = briefs.list();
                    section.add(new CommitteeHome(allBriefs, thisYear(today)), new NextSession(sessions.next(), allBriefs));
                }
                case ADMIN -> section.add(new AdminHome(services.users().attention(ITEMS), services.agencies().endingWithin(90)));
            }
            add(section);
        }
    }

    private DashboardFigures thisYear(LocalDate today) {
        return dashboard.figures(new DashboardRequest(today, Period.year(today.getYear()), DeadlineBasis.EXTENDED));
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("nav.home"));
    }
}
