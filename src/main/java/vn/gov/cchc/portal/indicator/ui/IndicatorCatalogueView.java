package vn.gov.cchc.portal.indicator.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import vn.gov.cchc.portal.common.Formats;
import vn.gov.cchc.portal.common.PortalTime;
import vn.gov.cchc.portal.common.ui.DatePickers;
import vn.gov.cchc.portal.common.ui.PageTitles;
import vn.gov.cchc.portal.common.ui.Toolbars;
import vn.gov.cchc.portal.indicator.Indicator;
import vn.gov.cchc.portal.indicator.IndicatorCatalogueService;
import vn.gov.cchc.portal.indicator.IndicatorLinks;
import vn.gov.cchc.portal.security.Roles;

/** The indicators agencies report each period, as the catalogue stood on a chosen date, with how rates are computed. */
@Route(IndicatorLinks.CATALOGUE)
@RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT})
@Menu(order = 40, icon = "vaadin:list-ol", title = "nav.indicatorCatalogue")
class IndicatorCatalogueView extends Main implements HasDynamicTitle {

    private final IndicatorCatalogueService catalogue;
    private final DatePicker on = new DatePicker();
    private final Grid<Indicator> grid = new Grid<>();
    private Map<String, Indicator> shown = Map.of();

    IndicatorCatalogueView(IndicatorCatalogueService catalogue) {
        this.catalogue = catalogue;
        addClassName("indicator-catalogue-view");
        DatePickers.localize(on, this);
        on.setLabel(getTranslation("indicator.catalogue.on"));
        on.setValue(LocalDate.now(PortalTime.ZONE));
        on.addValueChangeListener(event -> refresh());
        grid.addColumn(Indicator::code).setHeader(getTranslation("indicator.field.code")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(indicator -> indicator.name(getLocale())).setHeader(getTranslation("indicator.field.name")).setFlexGrow(3);
        grid.addColumn(indicator -> getTranslation(indicator.unit().messageKey())).setHeader(getTranslation("indicator.field.unit"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(indicator -> getTranslation(indicator.byLevel() ? "value.yes" : "value.no"))
                .setHeader(getTranslation("indicator.field.byLevel")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(indicator -> indicator.groups().stream().sorted().map(group -> getTranslation(group.messageKey()))
                .collect(Collectors.joining(", "))).setHeader(getTranslation("indicator.field.groups")).setFlexGrow(1);
        grid.addColumn(this::formula).setHeader(getTranslation("indicator.field.formula")).setFlexGrow(2);
        grid.addColumn(indicator -> Formats.date(indicator.validFrom())).setHeader(getTranslation("indicator.field.validFrom"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setHeight("70vh");
        Button add = new Button(getTranslation("indicator.catalogue.add"), VaadinIcon.PLUS.create(), click -> open(null));
        Button change = new Button(getTranslation("indicator.catalogue.change"), VaadinIcon.EDIT.create(),
                click -> grid.getSelectedItems().stream().findFirst().ifPresent(this::open));
        change.setEnabled(false);
        grid.addSelectionListener(selection -> change.setEnabled(selection.getFirstSelectedItem().isPresent()));
        HorizontalLayout toolbar = Toolbars.of(on, add, change);
        add(new H2(getTranslation("indicator.catalogue.title")), new Paragraph(getTranslation("indicator.catalogue.intro")),
                toolbar, grid);
        refresh();
    }

    /** The dialog that adds an indicator ({@code null}) or changes one from the next period on. */
    private void open(@Nullable Indicator changed) {
        LocalDate today = LocalDate.now(PortalTime.ZONE);
        LocalDate nextQuarter = today.withDayOfMonth(1).withMonth((today.getMonthValue() - 1) / 3 * 3 + 1).plusMonths(3);
        new IndicatorDialog(catalogue, changed, catalogue.inForceOn(nextQuarter), nextQuarter, this::refresh).open();
    }

    /** "Dossiers on time / dossiers resolved" for a rate computed from counts; empty otherwise. */
    private String formula(Indicator indicator) {
        if (!indicator.rate()) {
            return "";
        }
        return getTranslation("indicator.formula", name(indicator.numerator()), name(indicator.denominator()));
    }

    private String name(String code) {
        Indicator indicator = shown.get(code);
        return indicator == null ? code : indicator.name(getLocale());
    }

    private void refresh() {
        LocalDate date = on.getValue() == null ? LocalDate.now(PortalTime.ZONE) : on.getValue();
        List<Indicator> indicators = catalogue.inForceOn(date);
        shown = indicators.stream().collect(Collectors.toMap(Indicator::code, Function.identity()));
        grid.setItems(indicators);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("nav.indicatorCatalogue"));
    }
}
