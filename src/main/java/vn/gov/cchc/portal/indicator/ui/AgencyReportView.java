package vn.gov.cchc.portal.indicator.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.gov.cchc.portal.common.Formats;
import vn.gov.cchc.portal.common.ui.Badges;
import vn.gov.cchc.portal.common.ui.DecimalFields;
import vn.gov.cchc.portal.common.ui.FieldErrors;
import vn.gov.cchc.portal.common.ui.Messages;
import vn.gov.cchc.portal.common.ui.PageTitles;
import vn.gov.cchc.portal.common.ui.Toolbars;
import vn.gov.cchc.portal.indicator.AgencyReport;
import vn.gov.cchc.portal.indicator.AgencyReportService;
import vn.gov.cchc.portal.indicator.Indicator;
import vn.gov.cchc.portal.indicator.IndicatorChecks;
import vn.gov.cchc.portal.indicator.IndicatorLevel;
import vn.gov.cchc.portal.indicator.IndicatorLinks;
import vn.gov.cchc.portal.indicator.ReportForm;
import vn.gov.cchc.portal.indicator.ReportState;
import vn.gov.cchc.portal.indicator.ReportedValue;
import vn.gov.cchc.portal.security.CurrentUser;
import vn.gov.cchc.portal.security.Role;
import vn.gov.cchc.portal.security.Roles;

/**
 * An agency's figures for one round: a field per indicator and level, last period's accepted value beside each; the
 * officer saves the draft, the leader submits it; a returned report shows why; an accepted one can be corrected.
 */
@Route(IndicatorLinks.AGENCY_REPORT)
@RolesAllowed({Roles.AGENCY_LEADER, Roles.AGENCY_OFFICER})
class AgencyReportView extends Main implements HasUrlParameter<Long>, HasDynamicTitle {

    private final AgencyReportService reports;
    private final CurrentUser currentUser;
    private final Map<IndicatorChecks.Figure, BigDecimalField> fields = new LinkedHashMap<>();
    private long roundId;
    private ReportForm form;

    AgencyReportView(AgencyReportService reports, CurrentUser currentUser) {
        this.reports = reports;
        this.currentUser = currentUser;
        addClassName("agency-report-view");
    }

    @Override
    public void setParameter(BeforeEvent event, Long parameter) {
        roundId = parameter;
        render();
    }

    private void render() {
        removeAll();
        fields.clear();
        form = reports.form(roundId);
        AgencyReport report = form.report();
        add(new RouterLink(getTranslation("indicator.agency.back"), AgencyRoundsView.class), new H2(form.round().title()),
                new Paragraph(getTranslation("indicator.round.period", Formats.date(form.round().from()),
                        Formats.date(form.round().to()), Formats.date(form.round().cutoff()), Formats.date(form.round().deadline()))));
        Span state = new Span(getTranslation(report.state().messageKey())
                + (report.revision() > 1 ? " · " + getTranslation("indicator.report.revision", report.revision()) : ""));
        Badges.styled(state, "badge");
        state.addClassName("report-state");
        add(state);
        if (form.round().closed()) {
            Paragraph closed = new Paragraph(getTranslation("indicator.round.closedForAgency", Formats.date(form.round().closedOn())));
            closed.addClassName("round-closed");
            add(closed);
        }
        if (report.state() == ReportState.RETURNED && report.returnReason() != null) {
            add(new Paragraph(getTranslation("indicator.report.returnedBecause", report.returnReason())));
        }
        if (report.correction() != null) {
            add(new Paragraph(getTranslation("indicator.report.correctionBecause", report.correction())));
        }
        Map<IndicatorChecks.Figure, BigDecimal> typed = new LinkedHashMap<>();
        report.values().forEach(value -> typed.put(new IndicatorChecks.Figure(value.code(), value.level()), value.value()));
        boolean editable = report.state().editable() && !form.round().closed();
        for (Indicator indicator : form.indicators()) {
            Div block = new Div(new H4(indicator.name(getLocale()) + " (" + getTranslation(indicator.unit().messageKey()) + ")"));
            block.addClassName("indicator-block");
            HorizontalLayout row = new HorizontalLayout();
            row.setWrap(true);
            List<IndicatorLevel> levels = new ArrayList<>(List.of(IndicatorLevel.TOTAL));
            if (indicator.byLevel()) {
                levels.addAll(form.levels());
            }
            for (IndicatorLevel level : levels) {
                IndicatorChecks.Figure figure = new IndicatorChecks.Figure(indicator.code(), level);
                BigDecimalField field = DecimalFields.create(getTranslation(level.messageKey()), this);
                field.setValue(typed.get(figure));
                field.setReadOnly(!editable);
                BigDecimal previous = form.previous().get(figure);
                field.setHelperText(previous == null ? getTranslation("indicator.form.noPrevious")
                        : getTranslation("indicator.form.previous", Formats.number(previous)));
                field.setWidth("14em");
                fields.put(figure, field);
                row.add(field);
            }
            block.add(row);
            add(block);
        }
        add(actions(report));
    }

    private HorizontalLayout actions(AgencyReport report) {
        HorizontalLayout actions = Toolbars.of();
        // kept at the foot of the screen while the figures scroll, so the form's actions are always at hand
        actions.addClassName("sticky-actions");
        if (form.round().closed()) {
            return actions;
        }
        if (report.state().editable()) {
            Button save = new Button(getTranslation("indicator.form.save"), click -> save(false));
            actions.add(save);
            if (currentUser.has(Role.AGENCY_LEADER)) {
                Button submit = new Button(getTranslation("indicator.form.submit"), click -> save(true));
                submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                actions.add(submit);
            }
        } else if (report.state() == ReportState.ACCEPTED) {
            TextArea reason = new TextArea(getTranslation("indicator.form.correctionReason"));
            reason.setMaxLength(2000);
            reason.setWidth("40em");
            Button correct = new Button(getTranslation("indicator.form.correct"), click -> {
                if (new FieldErrors(this).bind("reason", reason).attempt(() -> reports.correct(roundId, reason.getValue()))) {
                    Messages.success(this, "indicator.form.correctionStarted");
                    render();
                }
            });
            actions.add(reason, correct);
        }
        return actions;
    }

    /** Saves the figures typed (an empty field is no figure) and, for the leader's submit, submits them. */
    private void save(boolean submit) {
        if (!DecimalFields.allNumbers(fields.values(), this)) {
            return;
        }
        List<ReportedValue> values = new ArrayList<>();
        fields.forEach((figure, field) -> {
            if (field.getValue() != null) {
                values.add(new ReportedValue(figure.code(), figure.level(), field.getValue()));
            }
        });
        FieldErrors errors = new FieldErrors(this);
        fields.forEach((figure, field) -> errors.bind(figure.code() + "/" + figure.level(), field));
        AgencyReport[] saved = new AgencyReport[1];
        if (errors.attempt(() -> saved[0] = reports.save(roundId, form.report().version(), values))) {
            if (submit && errors.attempt(() -> reports.submit(roundId, saved[0].version()))) {
                Messages.success(this, "indicator.form.submitted");
            } else if (!submit) {
                Messages.success(this, "indicator.form.saved");
            }
            render();
        }
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("nav.agencyIndicators"));
    }
}
