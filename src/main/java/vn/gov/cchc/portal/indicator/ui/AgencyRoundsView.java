package vn.gov.cchc.portal.indicator.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.gov.cchc.portal.common.Formats;
import vn.gov.cchc.portal.common.ui.PageTitles;
import vn.gov.cchc.portal.indicator.AgencyReportService;
import vn.gov.cchc.portal.indicator.IndicatorLinks;
import vn.gov.cchc.portal.indicator.RoundSummary;
import vn.gov.cchc.portal.security.Roles;

/** The reporting rounds the agency was asked for, newest first; a round opens its form. */
@Route(IndicatorLinks.AGENCY_ROUNDS)
@RolesAllowed({Roles.AGENCY_LEADER, Roles.AGENCY_OFFICER})
@Menu(order = 16, icon = "vaadin:table", title = "nav.agencyIndicators")
class AgencyRoundsView extends Main implements HasDynamicTitle {

    AgencyRoundsView(AgencyReportService reports) {
        addClassName("agency-rounds-view");
        Grid<RoundSummary> grid = new Grid<>();
        grid.addColumn(RoundSummary::title).setHeader(getTranslation("indicator.round.title")).setFlexGrow(3);
        grid.addColumn(round -> Formats.date(round.cutoff())).setHeader(getTranslation("indicator.round.cutoff")).setAutoWidth(true);
        grid.addColumn(round -> Formats.date(round.deadline())).setHeader(getTranslation("indicator.round.deadline")).setAutoWidth(true);
        grid.setItems(reports.myRounds());
        grid.setEmptyStateText(getTranslation("indicator.round.none"));
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(AgencyReportView.class, click.getItem().id())));
        add(new H2(getTranslation("nav.agencyIndicators")), grid);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("nav.agencyIndicators"));
    }
}
