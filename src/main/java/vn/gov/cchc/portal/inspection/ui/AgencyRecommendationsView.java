package vn.gov.cchc.portal.inspection.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import vn.gov.cchc.portal.common.Formats;
import vn.gov.cchc.portal.common.PortalTime;
import vn.gov.cchc.portal.common.ui.Dialogs;
import vn.gov.cchc.portal.common.ui.FieldErrors;
import vn.gov.cchc.portal.common.ui.Messages;
import vn.gov.cchc.portal.common.ui.PageTitles;
import vn.gov.cchc.portal.inspection.InspectionLinks;
import vn.gov.cchc.portal.inspection.Recommendation;
import vn.gov.cchc.portal.inspection.RecommendationService;
import vn.gov.cchc.portal.inspection.RecommendationState;
import vn.gov.cchc.portal.security.Roles;

/**
 * The recommendations of inspected agencies that the secretariat forwarded to the user's agency: what was asked,
 * by whom, the forwarding document and the day an answer is due (overdue ones marked), and the answer.
 */
@Route(InspectionLinks.AGENCY_RECOMMENDATIONS)
@RolesAllowed({Roles.AGENCY_LEADER, Roles.AGENCY_OFFICER})
@Menu(order = 18, icon = "vaadin:comments-o", title = "nav.agencyRecommendations")
class AgencyRecommendationsView extends Main implements HasDynamicTitle {

    private final RecommendationService recommendations;
    private final Clock clock;
    private final Grid<Recommendation> grid = new Grid<>();

    AgencyRecommendationsView(RecommendationService recommendations, Clock clock) {
        this.recommendations = recommendations;
        this.clock = clock;
        addClassName("agency-recommendations-view");
        grid.addColumn(r -> r.inspected().in(getLocale()) + " · " + r.year()).setHeader(getTranslation("inspection.recommendation.from"))
                .setFlexGrow(2);
        grid.addColumn(Recommendation::text).setHeader(getTranslation("inspection.recommendation.text")).setFlexGrow(4);
        grid.addColumn(r -> r.forwardedDoc() + " · " + Formats.date(r.forwardedOn())).setHeader(getTranslation("inspection.recommendation.forwardDoc"))
                .setFlexGrow(2);
        grid.addColumn(r -> r.answerDue() == null ? "" : Formats.date(r.answerDue())
                + (r.overdue(PortalTime.today(clock)) ? " · " + getTranslation("inspection.recommendation.overdue") : ""))
                .setHeader(getTranslation("inspection.recommendation.answerDue")).setAutoWidth(true);
        grid.addColumn(r -> getTranslation(r.state().messageKey()) + (r.answerText() == null ? "" : ": " + r.answerText()))
                .setHeader(getTranslation("inspection.field.state")).setFlexGrow(3);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        Button answer = new Button(getTranslation("inspection.recommendation.answer"), VaadinIcon.REPLY.create(),
                click -> grid.getSelectedItems().stream().findFirst().ifPresent(this::answerDialog));
        answer.setEnabled(false);
        grid.addSelectionListener(selection -> answer.setEnabled(selection.getFirstSelectedItem()
                .map(r -> r.state() == RecommendationState.FORWARDED).orElse(false)));
        add(new H2(getTranslation("nav.agencyRecommendations")), new Paragraph(getTranslation("inspection.recommendation.agencyIntro")),
                answer, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(recommendations.addressedToMe());
    }

    private void answerDialog(Recommendation recommendation) {
        Dialog dialog = new Dialog(getTranslation("inspection.recommendation.answer"));
        dialog.setWidth("min(44rem, 100vw)");
        TextArea text = new TextArea(getTranslation("inspection.recommendation.answerText"));
        text.setMaxLength(4000);
        text.setWidthFull();
        TextField document = new TextField(getTranslation("inspection.recommendation.answerDoc"));
        document.setMaxLength(255);
        document.setWidthFull();
        dialog.add(new Paragraph(recommendation.text()), text, document);
        Dialogs.footer(dialog, "inspection.recommendation.answer", () -> {
            boolean ok = new FieldErrors(this).bind("answer", text).bind("document", document).attempt(() ->
                    recommendations.answer(recommendation.id(), recommendation.version(), text.getValue(), document.getValue()));
            if (ok) {
                Messages.success(this, "inspection.recommendation.answered");
                refresh();
            }
            return ok;
        });
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("nav.agencyRecommendations"));
    }
}
