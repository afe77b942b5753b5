package vn.gov.cchc.portal.indicator.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.gov.cchc.portal.common.Formats;
import vn.gov.cchc.portal.common.PortalTime;
import vn.gov.cchc.portal.common.ui.Badges;
import vn.gov.cchc.portal.common.ui.FieldErrors;
import vn.gov.cchc.portal.common.ui.Messages;
import vn.gov.cchc.portal.common.ui.PageTitles;
import vn.gov.cchc.portal.indicator.AgencyReport;
import vn.gov.cchc.portal.indicator.Disagreement;
import vn.gov.cchc.portal.indicator.Indicator;
import vn.gov.cchc.portal.indicator.IndicatorCatalogueService;
import vn.gov.cchc.portal.indicator.IndicatorLinks;
import vn.gov.cchc.portal.indicator.ReportState;
import vn.gov.cchc.portal.indicator.ReportedValue;
import vn.gov.cchc.portal.indicator.ReportingRoundService;
import vn.gov.cchc.portal.indicator.RoundSummary;
import vn.gov.cchc.portal.security.Roles;

/**
 * One round for the secretariat: each agency asked and where its report stands; a report's figures as reported,
 * where they disagree (the figure as reported beside the one it is compared with), and the decision.
 */
@Route(IndicatorLinks.ROUND)
@RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT})
class RoundView extends Main implements HasUrlParameter<Long>, HasDynamicTitle {

    private final ReportingRoundService rounds;
    private final IndicatorCatalogueService catalogue;
    private final Grid<AgencyReport> grid = new Grid<>();
    private final Div details = new Div();
    private final Clock clock;
    private RoundSummary round;
    private long roundId;
    private Map<String, Indicator> indicators = Map.of();

    RoundView(ReportingRoundService rounds, IndicatorCatalogueService catalogue, Clock clock) {
        this.rounds = rounds;
        this.catalogue = catalogue;
        this.clock = clock;
        addClassName("round-view");
        grid.addColumn(report -> report.agency().in(getLocale())).setHeader(getTranslation("task.field.lead")).setFlexGrow(2);
        grid.addComponentColumn(this::state).setHeader(getTranslation("indicator.report.state")).setAutoWidth(true);
        grid.addColumn(report -> report.revision() == 0 ? "" : Formats.integer(report.revision()))
                .setHeader(getTranslation("indicator.report.revisionColumn")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(report -> report.submittedAt() == null ? "" : Formats.DATE_TIME.format(report.submittedAt().atZone(PortalTime.ZONE)))
                .setHeader(getTranslation("indicator.report.submittedAt")).setAutoWidth(true);
        grid.setHeight("40vh");
        grid.asSingleSelect().addValueChangeListener(event -> show(event.getValue()));
        details.addClassName("report-details");
    }

    @Override
    public void setParameter(BeforeEvent event, Long parameter) {
        roundId = parameter;
        render();
    }

    private void render() {
        round = rounds.round(roundId);
        indicators = catalogue.byCode(round.cutoff());
        removeAll();
        List<AgencyReport> reports = rounds.reports(roundId);
        LocalDate today = PortalTime.today(clock);
        long late = reports.stream().filter(report -> round.late(report.state(), today)).count();
        Paragraph progress = new Paragraph(getTranslation("indicator.round.progress", Formats.integer(round.agencies()),
                Formats.integer(round.submitted()), Formats.integer(round.accepted()), Formats.integer(late)));
        progress.addClassName("round-progress");
        add(new RouterLink(getTranslation("indicator.round.back"), RoundsView.class), new H2(round.title()),
                new Paragraph(getTranslation("indicator.round.period", Formats.date(round.from()), Formats.date(round.to()),
                        Formats.date(round.cutoff()), Formats.date(round.deadline()))), progress, closing(), grid, details);
        grid.setItems(reports);
        details.removeAll();
    }

    /** The round's open or closed state, and the button that changes it. */
    private HorizontalLayout closing() {
        HorizontalLayout closing = new HorizontalLayout();
        closing.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (round.closed()) {
            closing.add(new Span(getTranslation("indicator.round.closedOn", Formats.date(round.closedOn()))),
                    new Button(getTranslation("indicator.round.reopen"), click -> {
                        if (new FieldErrors(this).attempt(() -> rounds.reopen(roundId, round.version()))) {
                            Messages.success(this, "indicator.round.reopened");
                            render();
                        }
                    }));
        } else {
            Button close = new Button(getTranslation("indicator.round.close"), click -> {
                if (new FieldErrors(this).attempt(() -> rounds.close(roundId, round.version()))) {
                    Messages.success(this, "indicator.round.closed");
                    render();
                }
            });
            close.setTooltipText(getTranslation("indicator.round.closeHint"));
            closing.add(close);
        }
        return closing;
    }

    private Span state(AgencyReport report) {
        boolean late = round.late(report.state(), PortalTime.today(clock));
        Span state = new Span(getTranslation(report.state().messageKey())
                + (late ? " · " + getTranslation("indicator.round.late") : ""));
        if (late) {
            Badges.styled(state, "badge error");
            state.addClassName("report-late");
        }
        return state;
    }

    private void show(AgencyReport report) {
        details.removeAll();
        if (report == null || report.state() == ReportState.NOT_STARTED) {
            return;
        }
        details.add(new H3(report.agency().in(getLocale())));
        Grid<ReportedValue> values = new Grid<>();
        values.addColumn(value -> name(value.code())).setHeader(getTranslation("indicator.field.name")).setFlexGrow(3);
        values.addColumn(value -> getTranslation(value.level().messageKey())).setHeader(getTranslation("indicator.field.level"))
                .setAutoWidth(true);
        values.addColumn(value -> Formats.number(value.value())).setHeader(getTranslation("indicator.field.value"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        values.setItems(report.values());
        values.setAllRowsVisible(true);
        values.addThemeVariants(GridVariant.LUMO_COMPACT);
        details.add(values);
        List<Disagreement> checks = rounds.checks(report.id());
        Div flags = new Div();
        flags.addClassName("report-checks");
        if (checks.isEmpty()) {
            flags.add(new Paragraph(getTranslation("indicator.check.none")));
        }
        for (Disagreement disagreement : checks) {
            Span flag = new Span(name(disagreement.code()) + " · " + getTranslation(disagreement.level().messageKey()) + ": "
                    + getTranslation(disagreement.kind().messageKey(), Formats.number(disagreement.reported()),
                            Formats.number(disagreement.computed())));
            Badges.styled(flag, "badge error");
            flags.add(new Div(flag));
        }
        details.add(new H3(getTranslation("indicator.check.title")), flags);
        if (report.state() == ReportState.SUBMITTED) {
            details.add(decision(report));
        } else if (report.acceptNote() != null) {
            details.add(new Paragraph(getTranslation("indicator.report.acceptedWith", report.acceptNote())));
        }
    }

    private HorizontalLayout decision(AgencyReport report) {
        TextArea text = new TextArea(getTranslation("indicator.decision.text"));
        text.setMaxLength(2000);
        text.setWidth("40em");
        Button accept = new Button(getTranslation("indicator.decision.accept"), click -> {
            if (new FieldErrors(this).bind("note", text).attempt(() -> rounds.accept(report.id(), report.version(), text.getValue()))) {
                Messages.success(this, "indicator.decision.accepted");
                render();
            }
        });
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button sendBack = new Button(getTranslation("indicator.decision.return"), click -> {
            if (new FieldErrors(this).bind("reason", text).attempt(() -> rounds.sendBack(report.id(), report.version(), text.getValue()))) {
                Messages.success(this, "indicator.decision.returned");
                render();
            }
        });
        sendBack.addThemeVariants(ButtonVariant.LUMO_ERROR);
        HorizontalLayout decision = new HorizontalLayout(text, accept, sendBack);
        decision.setAlignItems(FlexComponent.Alignment.BASELINE);
        return decision;
    }

    private String name(String code) {
        Indicator indicator = indicators.get(code);
        return indicator == null ? code : indicator.name(getLocale());
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("nav.indicatorRounds"));
    }
}
