package vn.gov.cchc.portal.inspection.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.Comparator;
import vn.gov.cchc.portal.agency.AgencyFilter;
import vn.gov.cchc.portal.agency.AgencyService;
import vn.gov.cchc.portal.agency.AgencySummary;
import vn.gov.cchc.portal.common.Formats;
import vn.gov.cchc.portal.common.PortalTime;
import vn.gov.cchc.portal.common.ui.Badges;
import vn.gov.cchc.portal.common.ui.DatePickers;
import vn.gov.cchc.portal.common.ui.Dialogs;
import vn.gov.cchc.portal.common.ui.FieldErrors;
import vn.gov.cchc.portal.common.ui.Messages;
import vn.gov.cchc.portal.inspection.InspectionDetails;
import vn.gov.cchc.portal.inspection.Recommendation;
import vn.gov.cchc.portal.inspection.RecommendationService;
import vn.gov.cchc.portal.inspection.RecommendationState;

/**
 * The inspected agency's recommendations: to whom each goes, and how far it is (forwarded with its document, the
 * day an answer is due, the answer, or the reason it was closed). The team records them; the secretariat forwards
 * and closes them.
 */
class RecommendationsSection extends Div {

    private final RecommendationService recommendations;
    private final Runnable saved;

    RecommendationsSection(InspectionDetails details, RecommendationService recommendations, AgencyService agencies,
            boolean secretariat, Runnable saved) {
        this.recommendations = recommendations;
        this.saved = saved;
        addClassName("inspection-recommendations");
        add(new H3(getTranslation("inspection.recommendations")));
        LocalDate today = LocalDate.now(PortalTime.ZONE);
        Grid<Recommendation> grid = new Grid<>();
        grid.addColumn(Recommendation::number).setHeader(getTranslation("inspection.recommendation.number")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Recommendation::text).setHeader(getTranslation("inspection.recommendation.text")).setFlexGrow(4);
        grid.addColumn(r -> r.addressee().in(getLocale())).setHeader(getTranslation("inspection.recommendation.addressee")).setFlexGrow(2);
        grid.addComponentColumn(r -> state(r, today)).setHeader(getTranslation("inspection.field.state")).setFlexGrow(3);
        grid.setItems(details.recommendations());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        add(grid);
        HorizontalLayout actions = new HorizontalLayout();
        if (details.editable()) {
            actions.add(new Button(getTranslation("inspection.recommendation.add"), VaadinIcon.PLUS.create(),
                    click -> addDialog(details.summary().id(), agencies)));
        }
        if (secretariat) {
            Button forward = new Button(getTranslation("inspection.recommendation.forward"), VaadinIcon.PAPERPLANE.create(),
                    click -> grid.getSelectedItems().stream().findFirst().ifPresent(this::forwardDialog));
            Button close = new Button(getTranslation("inspection.recommendation.close"), VaadinIcon.CLOSE_CIRCLE.create(),
                    click -> grid.getSelectedItems().stream().findFirst().ifPresent(this::closeDialog));
            forward.setEnabled(false);
            close.setEnabled(false);
            grid.addSelectionListener(selection -> {
                RecommendationState state = selection.getFirstSelectedItem().map(Recommendation::state).orElse(null);
                forward.setEnabled(state == RecommendationState.RECORDED);
                close.setEnabled(state != null && !state.settled());
            });
            actions.add(forward, close);
        }
        add(actions);
    }

    private Span state(Recommendation recommendation, LocalDate today) {
        StringBuilder text = new StringBuilder(getTranslation(recommendation.state().messageKey()));
        if (recommendation.forwardedDoc() != null) {
            text.append(" · ").append(getTranslation("inspection.recommendation.forwardedWith", recommendation.forwardedDoc(),
                    Formats.date(recommendation.forwardedOn()), Formats.date(recommendation.answerDue())));
        }
        if (recommendation.answerText() != null) {
            text.append(" · ").append(recommendation.answerText());
            if (recommendation.answerDoc() != null) {
                text.append(" (").append(recommendation.answerDoc()).append(')');
            }
        }
        if (recommendation.closeReason() != null) {
            text.append(" · ").append(recommendation.closeReason());
        }
        Span span = new Span(text.toString());
        if (recommendation.overdue(today)) {
            Badges.styled(span, "badge error");
            span.setText(text + " · " + getTranslation("inspection.recommendation.overdue"));
        }
        return span;
    }

    private void addDialog(long inspectionId, AgencyService agencies) {
        Dialog dialog = new Dialog(getTranslation("inspection.recommendation.add"));
        dialog.setWidth("min(48rem, 100vw)");
        TextArea text = new TextArea(getTranslation("inspection.recommendation.text"));
        text.setMaxLength(4000);
        text.setWidthFull();
        ComboBox<AgencySummary> addressee = new ComboBox<>(getTranslation("inspection.recommendation.addressee"));
        addressee.setItems(agencies.list(AgencyFilter.activeOn(LocalDate.now(PortalTime.ZONE), null)).stream()
                .sorted(Comparator.comparing(AgencySummary::nameVi)).toList());
        addressee.setItemLabelGenerator(a -> a.name(getLocale()));
        addressee.setWidthFull();
        dialog.add(text, addressee);
        Dialogs.footer(dialog, "action.save", () -> {
            if (addressee.getValue() == null) {
                addressee.setErrorMessage(getTranslation("validation.required"));
                addressee.setInvalid(true);
                return false;
            }
            boolean ok = new FieldErrors(this).bind("text", text).bind("addressee", addressee)
                    .attempt(() -> recommendations.add(inspectionId, text.getValue(), addressee.getValue().id()));
            if (ok) {
                Messages.success(this, "inspection.recommendation.saved");
                saved.run();
            }
            return ok;
        });
        dialog.open();
    }

    private void forwardDialog(Recommendation recommendation) {
        Dialog dialog = new Dialog(getTranslation("inspection.recommendation.forward"));
        dialog.setWidth("min(40rem, 100vw)");
        TextField document = new TextField(getTranslation("inspection.recommendation.forwardDoc"));
        document.setMaxLength(255);
        document.setPlaceholder("Công văn số 120/VPBCĐ");
        DatePicker on = DatePickers.create("inspection.recommendation.forwardedOn", this);
        on.setValue(LocalDate.now(PortalTime.ZONE));
        DatePicker due = DatePickers.create("inspection.recommendation.answerDue", this);
        due.setValue(LocalDate.now(PortalTime.ZONE).plusDays(30));
        FormLayout form = new FormLayout(document, on, due);
        form.setColspan(document, 2);
        dialog.add(form);
        Dialogs.footer(dialog, "inspection.recommendation.forward", () -> {
            boolean ok = new FieldErrors(this).bind("document", document).bind("on", on).bind("due", due).attempt(() ->
                    recommendations.forward(recommendation.id(), recommendation.version(), document.getValue(), on.getValue(), due.getValue()));
            if (ok) {
                Messages.success(this, "inspection.recommendation.forwarded");
                saved.run();
            }
            return ok;
        });
        dialog.open();
    }

    private void closeDialog(Recommendation recommendation) {
        Dialog dialog = new Dialog(getTranslation("inspection.recommendation.close"));
        dialog.setWidth("min(40rem, 100vw)");
        TextArea reason = new TextArea(getTranslation("inspection.recommendation.closeReason"));
        reason.setMaxLength(4000);
        reason.setWidthFull();
        dialog.add(reason);
        Dialogs.footer(dialog, "inspection.recommendation.close", () -> {
            boolean ok = new FieldErrors(this).bind("reason", reason)
                    .attempt(() -> recommendations.close(recommendation.id(), recommendation.version(), reason.getValue()));
            if (ok) {
                Messages.success(this, "inspection.recommendation.closed");
                saved.run();
            }
            return ok;
        });
        dialog.open();
    }
}
