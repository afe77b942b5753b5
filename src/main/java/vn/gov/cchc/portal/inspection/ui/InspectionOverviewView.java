package vn.gov.cchc.portal.inspection.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.function.Supplier;
import vn.gov.cchc.portal.common.Formats;
import vn.gov.cchc.portal.common.ui.PageTitles;
import vn.gov.cchc.portal.inspection.InspectionLinks;
import vn.gov.cchc.portal.inspection.InspectionOverview;
import vn.gov.cchc.portal.inspection.InspectionOverviewService;
import vn.gov.cchc.portal.inspection.InspectionState;
import vn.gov.cchc.portal.inspection.InspectionSummary;
import vn.gov.cchc.portal.inspection.Recommendation;
import vn.gov.cchc.portal.inspection.RecommendationBucket;
import vn.gov.cchc.portal.inspection.RequirementBucket;
import vn.gov.cchc.portal.inspection.RequirementLine;
import vn.gov.cchc.portal.security.CurrentUser;
import vn.gov.cchc.portal.security.Roles;
import vn.gov.cchc.portal.task.TaskLinks;

/**
 * A year of inspections at a glance: the plan's inspections by state, the recommendations by addressee and where
 * they stand, the requirements of the issued notices by how their tasks stand. Every number opens its records.
 */
@Route(InspectionLinks.OVERVIEW)
@RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT, Roles.COMMITTEE_MEMBER})
class InspectionOverviewView extends Main implements HasDynamicTitle {

    private final InspectionOverviewService overview;
    private final CurrentUser currentUser;
    private final ComboBox<Integer> year = new ComboBox<>();
    private final Div content = new Div();

    InspectionOverviewView(InspectionOverviewService overview, CurrentUser currentUser) {
        this.overview = overview;
        this.currentUser = currentUser;
        addClassName("inspection-overview-view");
        year.setLabel(getTranslation("inspection.plan.year"));
        year.setItemLabelGenerator(String::valueOf);
        year.setWidth("8em");
        year.addValueChangeListener(event -> show(event.getValue()));
        add(new RouterLink(getTranslation("inspection.back"), InspectionPlansView.class), new H2(getTranslation("inspection.overview")),
                year, content);
        List<Integer> years = overview.years();
        year.setItems(years);
        if (!years.isEmpty()) {
            year.setValue(years.getFirst());
        }
    }

    private void show(Integer shown) {
        content.removeAll();
        if (shown == null) {
            return;
        }
        InspectionOverview figures = overview.overview(shown);
        Div states = new Div();
        states.addClassName("overview-inspections");
        for (InspectionState state : InspectionState.values()) {
            states.add(new Paragraph(getTranslation(state.messageKey()) + ": "), number(figures.inspections().get(state),
                    getTranslation(state.messageKey()), () -> inspectionList(overview.inspections(shown, state))));
        }
        content.add(new H3(getTranslation("inspection.overview.inspections")), states);

        NativeTable addressees = new NativeTable();
        addressees.addClassName("overview-recommendations");
        NativeTableRow header = addressees.getHead().addRow();
        header.addHeaderCell().setText(getTranslation("inspection.recommendation.addressee"));
        for (RecommendationBucket bucket : RecommendationBucket.values()) {
            header.addHeaderCell().setText(getTranslation(bucket.messageKey()));
        }
        for (InspectionOverview.AddresseeLine line : figures.addressees()) {
            NativeTableRow row = addressees.getBody().addRow();
            row.addDataCell().setText(line.addressee().in(getLocale()));
            for (RecommendationBucket bucket : RecommendationBucket.values()) {
                row.addDataCell().add(number(line.counts().getOrDefault(bucket, 0L), line.addressee().in(getLocale()) + " · "
                        + getTranslation(bucket.messageKey()), () -> recommendationList(overview.recommendations(shown, line.addresseeId(), bucket))));
            }
        }
        content.add(new H3(getTranslation("inspection.overview.recommendations")), addressees);

        Div requirements = new Div();
        requirements.addClassName("overview-requirements");
        for (RequirementBucket bucket : RequirementBucket.values()) {
            requirements.add(new Paragraph(getTranslation(bucket.messageKey()) + ": "), number(figures.requirements().get(bucket),
                    getTranslation(bucket.messageKey()), () -> requirementList(overview.requirements(shown, bucket))));
        }
        content.add(new H3(getTranslation("inspection.overview.requirements")), requirements);
    }

    /** A number that opens the records behind it in a dialog. */
    private Button number(long count, String title, Supplier<Component> records) {
        Button button = new Button(Formats.integer(count), click -> {
            Dialog dialog = new Dialog(title);
            dialog.setWidth("min(64rem, 100vw)");
            dialog.add(records.get());
            dialog.getFooter().add(new Button(getTranslation("action.close"), close -> dialog.close()));
            dialog.open();
        });
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.addClassName("overview-number");
        button.setEnabled(count > 0);
        return button;
    }

    private Grid<InspectionSummary> inspectionList(List<InspectionSummary> rows) {
        Grid<InspectionSummary> grid = records();
        grid.addComponentColumn(i -> new RouterLink(i.agency().in(getLocale()), InspectionView.class, i.id()))
                .setHeader(getTranslation("inspection.field.agency")).setFlexGrow(2);
        grid.addColumn(i -> Formats.integer(i.plannedMonth())).setHeader(getTranslation("inspection.field.month")).setAutoWidth(true);
        grid.addColumn(InspectionSummary::leadUnit).setHeader(getTranslation("inspection.field.leadUnit")).setFlexGrow(2);
        grid.setItems(rows);
        return grid;
    }

    private Grid<Recommendation> recommendationList(List<Recommendation> rows) {
        Grid<Recommendation> grid = records();
        grid.addComponentColumn(r -> new RouterLink(r.inspected().in(getLocale()), InspectionView.class, r.inspectionId()))
                .setHeader(getTranslation("inspection.recommendation.from")).setFlexGrow(1);
        grid.addColumn(Recommendation::text).setHeader(getTranslation("inspection.recommendation.text")).setFlexGrow(3);
        grid.addColumn(r -> r.answerDue() == null ? "" : Formats.date(r.answerDue())).setHeader(getTranslation("inspection.recommendation.answerDue"))
                .setAutoWidth(true);
        grid.setItems(rows);
        return grid;
    }

    private Grid<RequirementLine> requirementList(List<RequirementLine> rows) {
        Grid<RequirementLine> grid = records();
        grid.addColumn(line -> line.agency().in(getLocale())).setHeader(getTranslation("inspection.field.agency")).setFlexGrow(1);
        grid.addColumn(RequirementLine::text).setHeader(getTranslation("inspection.requirement.text")).setFlexGrow(3);
        grid.addColumn(line -> Formats.date(line.deadline())).setHeader(getTranslation("task.field.deadline")).setAutoWidth(true);
        grid.addComponentColumn(line -> new Anchor(TaskLinks.forUser(currentUser, line.taskId()),
                getTranslation("inspection.requirement.task", line.taskId()))).setAutoWidth(true);
        grid.setItems(rows);
        return grid;
    }

    private <T> Grid<T> records() {
        Grid<T> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addClassName("overview-records");
        grid.setAllRowsVisible(true);
        return grid;
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("inspection.overview"));
    }
}
