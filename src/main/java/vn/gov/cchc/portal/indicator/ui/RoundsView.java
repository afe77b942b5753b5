package vn.gov.cchc.portal.indicator.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import vn.gov.cchc.portal.common.Formats;
import vn.gov.cchc.portal.common.PortalTime;
import vn.gov.cchc.portal.common.ui.DatePickers;
import vn.gov.cchc.portal.common.ui.Dialogs;
import vn.gov.cchc.portal.common.ui.FieldErrors;
import vn.gov.cchc.portal.common.ui.PageTitles;
import vn.gov.cchc.portal.indicator.Indicator;
import vn.gov.cchc.portal.indicator.IndicatorCatalogueService;
import vn.gov.cchc.portal.indicator.IndicatorFiguresService;
import vn.gov.cchc.portal.indicator.IndicatorLinks;
import vn.gov.cchc.portal.indicator.PeriodKind;
import vn.gov.cchc.portal.indicator.ReportingRoundService;
import vn.gov.cchc.portal.indicator.RoundDraft;
import vn.gov.cchc.portal.indicator.RoundSummary;
import vn.gov.cchc.portal.security.Roles;

/** The secretariat's reporting rounds: open one, see how far the agencies are, open a round to decide reports. */
@Route(IndicatorLinks.ROUNDS)
@RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT})
@Menu(order = 41, icon = "vaadin:table", title = "nav.indicatorRounds")
class RoundsView extends Main implements HasDynamicTitle {

    private final ReportingRoundService rounds;
    private final IndicatorCatalogueService catalogue;
    private final IndicatorFiguresService figures;
    private final Grid<RoundSummary> grid = new Grid<>();

    RoundsView(ReportingRoundService rounds, IndicatorCatalogueService catalogue, IndicatorFiguresService figures) {
        this.rounds = rounds;
        this.figures = figures;
        this.catalogue = catalogue;
        addClassName("rounds-view");
        Button open = new Button(getTranslation("indicator.round.open"), VaadinIcon.PLUS.create(), click -> dialog().open());
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grid.addColumn(RoundSummary::title).setHeader(getTranslation("indicator.round.title")).setFlexGrow(3);
        grid.addColumn(round -> Formats.date(round.from()) + " – " + Formats.date(round.to()))
                .setHeader(getTranslation("indicator.round.periodColumn")).setAutoWidth(true);
        grid.addColumn(round -> Formats.date(round.cutoff())).setHeader(getTranslation("indicator.round.cutoff")).setAutoWidth(true);
        grid.addColumn(round -> Formats.date(round.deadline())).setHeader(getTranslation("indicator.round.deadline")).setAutoWidth(true);
        grid.addColumn(round -> Formats.integer(round.agencies())).setHeader(getTranslation("indicator.round.agencies"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(round -> Formats.integer(round.submitted())).setHeader(getTranslation("indicator.round.submitted"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(round -> Formats.integer(round.accepted())).setHeader(getTranslation("indicator.round.accepted"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("indicator.round.none"));
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(RoundView.class, click.getItem().id())));
        add(new H2(getTranslation("nav.indicatorRounds")), open, grid);
        refresh();
    }

    private Dialog dialog() {
        Dialog dialog = new Dialog(getTranslation("indicator.round.open"));
        TextField title = new TextField(getTranslation("indicator.round.title"));
        title.setMaxLength(255);
        ComboBox<PeriodKind> kind = new ComboBox<>(getTranslation("indicator.round.kind"), PeriodKind.values());
        kind.setItemLabelGenerator(value -> getTranslation(value.messageKey()));
        kind.setValue(PeriodKind.QUARTER);
        LocalDate today = LocalDate.now(PortalTime.ZONE);
        IntegerField year = new IntegerField(getTranslation("indicator.round.year"));
        year.setValue(today.getYear());
        IntegerField number = new IntegerField(getTranslation("indicator.round.number"));
        number.setValue(1);
        number.setHelperText(getTranslation("indicator.round.numberHelp"));
        DatePicker cutoff = new DatePicker(getTranslation("indicator.round.cutoff"));
        DatePicker deadline = new DatePicker(getTranslation("indicator.round.deadline"));
        DatePickers.localize(cutoff, this);
        DatePickers.localize(deadline, this);
        cutoff.setValue(today);
        deadline.setValue(today.plusDays(10));
        CheckboxGroup<Indicator> indicators = new CheckboxGroup<>(getTranslation("indicator.round.indicators"));
        List<Indicator> inForce = catalogue.inForceOn(today);
        indicators.setItems(inForce);
        indicators.setItemLabelGenerator(indicator -> indicator.name(getLocale()));
        indicators.select(inForce);
        FormLayout layout = new FormLayout(title, kind, year, number, cutoff, deadline, indicators);
        layout.setColspan(title, 2);
        layout.setColspan(indicators, 2);
        dialog.add(layout);
        dialog.setWidth("min(60rem, 100vw)");
        FieldErrors errors = new FieldErrors(this).bind("title", title).bind("kind", kind).bind("number", number)
                .bind("cutoff", cutoff).bind("deadline", deadline).bind("indicators", indicators);
        Dialogs.footer(dialog, "indicator.round.openAction", () -> errors.attempt(() -> {
            rounds.open(new RoundDraft(title.getValue(), kind.getValue(), year.getValue() == null ? 0 : year.getValue(),
                    number.getValue() == null ? 0 : number.getValue(), cutoff.getValue(), deadline.getValue(),
                    indicators.getSelectedItems().stream().map(Indicator::code).toList(), List.of()));
            refresh();
        }));
        return dialog;
    }

    private void refresh() {
        grid.setItems(figures.rounds());
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("nav.indicatorRounds"));
    }
}
