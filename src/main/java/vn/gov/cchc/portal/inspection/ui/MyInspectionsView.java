package vn.gov.cchc.portal.inspection.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import vn.gov.cchc.portal.common.ui.PageTitles;
import vn.gov.cchc.portal.inspection.InspectionLinks;
import vn.gov.cchc.portal.inspection.InspectionService;
import vn.gov.cchc.portal.inspection.InspectionSummary;
import vn.gov.cchc.portal.security.Roles;

/**
 * The inspections an agency user reads: those of the user's agency once their conclusion is issued, and those whose
 * team names the user (a ministry's official on the committee's team).
 */
@Route(InspectionLinks.MINE)
@RolesAllowed({Roles.AGENCY_LEADER, Roles.AGENCY_OFFICER})
@Menu(order = 17, icon = "vaadin:search", title = "nav.myInspections")
class MyInspectionsView extends Main implements HasDynamicTitle {

    MyInspectionsView(InspectionService inspections) {
        addClassName("my-inspections-view");
        List<InspectionSummary> mine = inspections.mine();
        Grid<InspectionSummary> grid = new Grid<>();
        grid.addColumn(InspectionSummary::year).setHeader(getTranslation("inspection.plan.year")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(i -> i.agency().in(getLocale())).setHeader(getTranslation("inspection.field.agency")).setFlexGrow(2);
        grid.addColumn(InspectionSummary::leadUnit).setHeader(getTranslation("inspection.field.leadUnit")).setFlexGrow(2);
        grid.addColumn(i -> getTranslation(i.state().messageKey())).setHeader(getTranslation("inspection.field.state")).setAutoWidth(true);
        grid.setItems(mine);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(InspectionView.class, click.getItem().id())));
        add(new H2(getTranslation("nav.myInspections")));
        if (mine.isEmpty()) {
            add(new Paragraph(getTranslation("inspection.mine.none")));
        }
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("nav.myInspections"));
    }
}
