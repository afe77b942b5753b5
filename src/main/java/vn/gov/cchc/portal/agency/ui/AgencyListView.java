package vn.gov.cchc.portal.agency.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import vn.gov.cchc.portal.agency.AgencyDetails;
import vn.gov.cchc.portal.agency.AgencyFilter;
import vn.gov.cchc.portal.agency.AgencyKind;
import vn.gov.cchc.portal.agency.AgencyLinks;
import vn.gov.cchc.portal.agency.AgencyService;
import vn.gov.cchc.portal.agency.AgencySummary;
import vn.gov.cchc.portal.common.Formats;
import vn.gov.cchc.portal.common.ui.DatePickers;
import vn.gov.cchc.portal.common.ui.PageTitles;
import vn.gov.cchc.portal.common.ui.SearchFields;
import vn.gov.cchc.portal.common.ui.Toolbars;
import vn.gov.cchc.portal.security.CurrentUser;
import vn.gov.cchc.portal.security.Role;
import vn.gov.cchc.portal.security.Roles;
import vn.gov.cchc.portal.spreadsheet.Column;
import vn.gov.cchc.portal.spreadsheet.ExportLink;

/** The agency registry: filter by kind, "active on date" and name; administrators add agencies and record merges. */
@Route(AgencyLinks.AGENCIES)
@RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT})
@Menu(order = 90, icon = "vaadin:building", title = "nav.agencies")
class AgencyListView extends Main implements HasDynamicTitle {

    private final AgencyService agencies;
    private final ComboBox<AgencyKind> kind = new ComboBox<>();
    private final DatePicker activeOn = new DatePicker();
    private final TextField text = new TextField();
    private final Grid<AgencySummary> grid = new Grid<>();
    /** The filter of what the grid shows now, for the export (read on the download's thread). */
    private volatile AgencyFilter shown = AgencyFilter.all();
    private final Div details = new Div();
    private final Button merge = new Button();
    private final boolean admin;

    AgencyListView(AgencyService agencies, CurrentUser currentUser) {
        this.agencies = agencies;
        this.admin = currentUser.has(Role.ADMIN);
        addClassName("agency-list-view");
        add(new H2(getTranslation("agency.list.title")));
        add(toolbar(currentUser.has(Role.ADMIN)));
        configureGrid();
        details.addClassName("agency-details");
        // the grid takes the whole width (names are long) and wraps them; the selected agency's history shows below
        grid.setWidthFull();
        grid.setHeight("60vh");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        add(grid, details);
        refresh();
    }

    private HorizontalLayout toolbar(boolean admin) {
        kind.setLabel(getTranslation("agency.field.kind"));
        kind.setItems(AgencyKind.values());
        kind.setItemLabelGenerator(value -> getTranslation(value.messageKey()));
        kind.setClearButtonVisible(true);
        kind.setPlaceholder(getTranslation("filter.all"));
        DatePickers.localize(activeOn, this);
        activeOn.setLabel(getTranslation("agency.filter.activeOn"));
        activeOn.setClearButtonVisible(true);
        text.setLabel(getTranslation("filter.search"));
        text.setPlaceholder(getTranslation("agency.filter.searchHint"));
        SearchFields.asYouType(text);
        text.setClearButtonVisible(true);
        kind.addValueChangeListener(e -> refresh());
        activeOn.addValueChangeListener(e -> refresh());
        text.addValueChangeListener(e -> refresh());

        HorizontalLayout toolbar = Toolbars.of(kind, activeOn, text, export());
        if (admin) {
            Button add = new Button(getTranslation("agency.action.add"), VaadinIcon.PLUS.create(),
                    click -> new AgencyCreateDialog(agencies, created -> refresh()).open());
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            merge.setText(getTranslation("agency.action.merge"));
            merge.setIcon(VaadinIcon.CONNECT.create());
            merge.setEnabled(false);
            merge.addClickListener(click -> grid.asSingleSelect().getOptionalValue()
                    .ifPresent(selected -> new AgencyMergeDialog(agencies, selected, merged -> refresh()).open()));
            toolbar.add(add, merge);
        }
        return toolbar;
    }

    /** The registry under the filters shown when the link is followed, with the grid's columns and real dates. */
    private Anchor export() {
        Locale locale = getLocale();
        List<Column<AgencySummary>> columns = List.of(
                Column.text(getTranslation("agency.field.code"), 20, AgencySummary::code),
                Column.text(getTranslation("agency.field.name"), 45, agency -> agency.name(locale)),
                Column.text(getTranslation("agency.field.kind"), 20, agency -> getTranslation(agency.kind().messageKey())),
                Column.date(getTranslation("agency.field.validFrom"), AgencySummary::validFrom),
                Column.date(getTranslation("agency.field.validTo"), AgencySummary::validTo),
                Column.text(getTranslation("agency.field.successor"), 40,
                        agency -> agency.successor() == null ? null : agency.successor().in(locale)));
        return ExportLink.of(this, () -> "co-quan-dia-phuong", getTranslation("nav.agencies"), columns, () -> {
            List<AgencySummary> rows = agencies.list(shown);
            return sink -> rows.forEach(sink);
        });
    }

    private void configureGrid() {
        grid.addColumn(AgencySummary::code).setHeader(getTranslation("agency.field.code")).setAutoWidth(true);
        grid.addColumn(agency -> agency.name(getLocale())).setHeader(getTranslation("agency.field.name"))
                .setFlexGrow(4).setSortable(true);
        grid.addColumn(agency -> getTranslation(agency.kind().messageKey())).setHeader(getTranslation("agency.field.kind"))
                .setAutoWidth(true);
        grid.addColumn(agency -> Formats.date(agency.validFrom())).setHeader(getTranslation("agency.field.validFrom"))
                .setAutoWidth(true);
        grid.addColumn(agency -> Formats.date(agency.validTo())).setHeader(getTranslation("agency.field.validTo"))
                .setAutoWidth(true);
        grid.addColumn(agency -> agency.successor() == null ? "" : agency.successor().in(getLocale()))
                .setHeader(getTranslation("agency.field.successor")).setFlexGrow(2);
        grid.setEmptyStateText(getTranslation("agency.list.empty"));
        grid.asSingleSelect().addValueChangeListener(event -> {
            merge.setEnabled(event.getValue() != null);
            showDetails(event.getValue());
        });
    }

    private void refresh() {
        shown = new AgencyFilter(kind.getValue(), null, activeOn.getValue(), text.getValue());
        grid.setItems(agencies.list(shown));
        showDetails(null);
    }

    private void showDetails(AgencySummary selected) {
        details.removeAll();
        if (selected == null) {
            return;
        }
        AgencyDetails agency = agencies.details(selected.id());
        details.add(new H3(agency.agency().name(getLocale())));
        details.add(new Paragraph(getTranslation("agency.details.validity",
                blankIfNull(agency.agency().validFrom()), blankIfNull(agency.agency().validTo()))));
        if (agency.successor() != null) {
            details.add(new Paragraph(getTranslation("agency.details.successor", agency.successor().name(getLocale()))));
        }
        if (!agency.predecessors().isEmpty()) {
            details.add(new Paragraph(getTranslation("agency.details.predecessors", agency.predecessors().stream()
                    .map(p -> p.name(getLocale())).collect(Collectors.joining(", ")))));
        }
        details.add(new AgencyAliasEditor(agencies, selected.id(), admin));
    }

    private String blankIfNull(LocalDate date) {
        return date == null ? "—" : Formats.date(date);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("nav.agencies"));
    }
}
