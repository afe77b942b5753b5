package vn.gov.cchc.portal.support;

import java.util.List;
import java.util.stream.Stream;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.gov.cchc.portal.security.Role;

/**
 * Every route of the portal with the view it shows and the roles that may open it (a head of the secretariat counts
 * as secretariat), on demo records for the detail routes: the one table the access test and the accessibility
 * journey walk.
 */
public final class PortalRoutes {

    public record Route(String location, String view, List<Role> allowed) {

        public boolean allows(Role role) {
            return allowed.contains(role) || role == Role.SECRETARIAT_HEAD && allowed.contains(Role.SECRETARIAT);
        }
    }

    private static final List<Role> AGENCY = List.of(Role.AGENCY_LEADER, Role.AGENCY_OFFICER);
    private static final List<Role> CENTRAL = List.of(Role.ADMIN, Role.SECRETARIAT, Role.COMMITTEE_MEMBER);
    private static final List<Role> SECRETARIAT = List.of(Role.ADMIN, Role.SECRETARIAT);
    private static final List<Role> EVERYONE = List.of(Role.values());

    public static final List<Route> PAGES = List.of(
            new Route("", "HomeView", EVERYONE),
            new Route("sessions", "SessionListView", EVERYONE),
            new Route("dashboard", "DashboardView", EVERYONE),
            new Route("briefs", "BriefsView", EVERYONE),
            new Route("indicators", "IndicatorsView", EVERYONE),
            new Route("agency/tasks", "AgencyTasksView", AGENCY),
            new Route("tasks", "TaskListView", CENTRAL),
            new Route("tasks/import", "PlanImportView", SECRETARIAT),
            new Route("agency/progress-import", "ProgressImportView", AGENCY),
            new Route("plans", "PlanDeskView", SECRETARIAT),
            new Route("agency/plans", "AgencyPlansView", AGENCY),
            new Route("admin/agencies", "AgencyListView", SECRETARIAT),
            new Route("indicators/catalogue", "IndicatorCatalogueView", SECRETARIAT),
            new Route("indicators/rounds", "RoundsView", SECRETARIAT),
            new Route("reminders", "ReminderRulesView", SECRETARIAT),
            new Route("warnings/rules", "RiskRulesView", SECRETARIAT),
            new Route("warnings", "RiskView", CENTRAL),
            new Route("agency/indicators", "AgencyRoundsView", AGENCY),
            new Route("indicators/indices", "IndicesView", EVERYONE),
            new Route("indicators/agency", "AgencyProfileView", CENTRAL),
            new Route("inspections", "InspectionPlansView", CENTRAL),
            new Route("inspections/overview", "InspectionOverviewView", CENTRAL),
            new Route("inspections/mine", "MyInspectionsView", AGENCY),
            new Route("agency/recommendations", "AgencyRecommendationsView", AGENCY),
            new Route("admin/users", "UserListView", List.of(Role.ADMIN)),
            new Route("admin/backups", "BackupsView", List.of(Role.ADMIN)),
            new Route("admin/outbox", "OutboxView", List.of(Role.ADMIN)),
            new Route("admin/api-tokens", "ApiTokensView", List.of(Role.ADMIN)),
            new Route("admin/signers", "SignersView", List.of(Role.ADMIN)),
            new Route("search", "SearchView", EVERYONE));

    /**
     * The detail routes, on demo records: a task of Hà Nội's 2023 plan (the agency users of the journeys belong to Hà
     * Nội) and one of its tasks still open (the agency's page then holds the report form), the 5th session and its
     * issued brief, an inspection, the latest reporting round whose report Hà Nội can still edit.
     */
    public static final List<Route> DETAILS = List.of(
            new Route("task/{hanoiTask}", "TaskView", CENTRAL),
            new Route("agency/task/{hanoiOpenTask}", "AgencyTaskView", AGENCY),
            new Route("session/{fifthSession}", "SessionView", EVERYONE),
            new Route("brief/{fifthBrief}", "BriefView", EVERYONE),
            new Route("inspection/{inspection}", "InspectionView", CENTRAL),
            new Route("indicators/round/{round}", "RoundView", SECRETARIAT),
            new Route("agency/indicators/report/{round}", "AgencyReportView", AGENCY));

    private PortalRoutes() {
    }

    public static Stream<Route> all() {
        return Stream.concat(PAGES.stream(), DETAILS.stream());
    }

    /** The location with the demo records' ids in place of its placeholders. */
    public static String resolve(String location, JdbcTemplate jdbc) {
        String resolved = location;
        if (resolved.contains("{hanoiTask}")) {
            resolved = resolved.replace("{hanoiTask}", id(jdbc, "SELECT MIN(t.id) FROM task t JOIN agency a"
                    + " ON a.id = t.lead_agency_id WHERE a.code = 'ha-noi' AND t.plan_year = 2023"));
        }
        if (resolved.contains("{hanoiOpenTask}")) {
            resolved = resolved.replace("{hanoiOpenTask}", id(jdbc, "SELECT MIN(t.id) FROM task t JOIN agency a"
                    + " ON a.id = t.lead_agency_id WHERE a.code = 'ha-noi' AND t.state = 'OPEN' AND t.directive = FALSE"));
        }
        if (resolved.contains("{fifthSession}")) {
            resolved = resolved.replace("{fifthSession}", id(jdbc, "SELECT id FROM committee_session WHERE number = 5 AND term = '2021-2026'"));
        }
        if (resolved.contains("{fifthBrief}")) {
            resolved = resolved.replace("{fifthBrief}", id(jdbc, "SELECT id FROM brief WHERE doc_number = '86/BC-VPBCĐ'"));
        }
        if (resolved.contains("{inspection}")) {
            resolved = resolved.replace("{inspection}", id(jdbc, "SELECT MIN(id) FROM inspection"));
        }
        if (resolved.contains("{round}")) {
            // a round whose report is still Hà Nội's to edit: other tests may leave a newer one sent or accepted
            resolved = resolved.replace("{round}", id(jdbc, "SELECT MAX(r.round_id) FROM round_agency r JOIN agency a"
                    + " ON a.id = r.agency_id WHERE a.code = 'ha-noi' AND NOT EXISTS (SELECT 1 FROM indicator_report ir"
                    + " WHERE ir.round_id = r.round_id AND ir.agency_id = r.agency_id AND ir.state IN ('SUBMITTED', 'ACCEPTED')"
                    + " AND ir.revision = (SELECT MAX(x.revision) FROM indicator_report x"
                    + " WHERE x.round_id = ir.round_id AND x.agency_id = ir.agency_id))"));
        }
        return resolved;
    }

    private static String id(JdbcTemplate jdbc, String sql) {
        return String.valueOf(jdbc.queryForObject(sql, Long.class));
    }
}
