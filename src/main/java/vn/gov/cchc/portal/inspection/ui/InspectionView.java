package vn.gov.cchc.portal.inspection.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.gov.cchc.portal.agency.AgencyService;
import vn.gov.cchc.portal.common.ui.Dialogs;
import vn.gov.cchc.portal.common.ui.FieldErrors;
import vn.gov.cchc.portal.common.ui.Messages;
import vn.gov.cchc.portal.common.ui.PageTitles;
import vn.gov.cchc.portal.common.ui.RouteLoading;
import vn.gov.cchc.portal.indicator.IndicatorCatalogueService;
import vn.gov.cchc.portal.indicator.IndicatorFiguresService;
import vn.gov.cchc.portal.inspection.ConclusionNoticeService;
import vn.gov.cchc.portal.inspection.InspectionDetails;
import vn.gov.cchc.portal.inspection.InspectionLinks;
import vn.gov.cchc.portal.inspection.InspectionPlanService;
import vn.gov.cchc.portal.inspection.InspectionService;
import vn.gov.cchc.portal.inspection.RecommendationService;
import vn.gov.cchc.portal.security.CurrentUser;

/**
 * One inspection on one page: what was planned, the team, the visit, the findings, the recommendations and their
 * follow-up, the conclusion notice. Who reads and who changes what is the services' decision (a team member who is
 * an agency user reaches it through "my inspections"); the page shows the actions the user has.
 */
@Route(InspectionLinks.INSPECTION)
@PermitAll
class InspectionView extends Main implements HasUrlParameter<Long>, HasDynamicTitle {

    /** The services the inspection's sections use, as one bean: each section takes the one it needs. */
    @Component
    record InspectionServices(InspectionService inspections, InspectionPlanService plans,
            RecommendationService recommendations, ConclusionNoticeService conclusions, AgencyService agencies,
            IndicatorFiguresService figures, IndicatorCatalogueService catalogue) {
    }

    private final InspectionService inspections;
    private final InspectionServices services;
    private final CurrentUser currentUser;
    private long id;

    InspectionView(InspectionServices services, CurrentUser currentUser) {
        this.services = services;
        this.inspections = services.inspections();
        this.currentUser = currentUser;
        addClassName("inspection-view");
    }

    @Override
    public void setParameter(BeforeEvent event, Long parameter) {
        id = parameter;
        RouteLoading.loadOrNotFound(event, () -> inspections.details(parameter)).ifPresent(this::render);
    }

    private void refresh() {
        render(inspections.details(id));
    }

    private void render(InspectionDetails details) {
        removeAll();
        boolean secretariat = currentUser.isSecretariatOrAdmin();
        add(currentUser.isCentralReader() ? new RouterLink(getTranslation("inspection.back"), InspectionPlansView.class)
                : new RouterLink(getTranslation("inspection.backMine"), MyInspectionsView.class));
        add(new H2(getTranslation("inspection.heading", details.summary().agency().in(getLocale()),
                String.valueOf(details.summary().year()))));
        Paragraph planned = new Paragraph(getTranslation("inspection.planned", getTranslation(details.summary().state().messageKey()),
                String.valueOf(details.summary().plannedMonth()), details.summary().areas().stream().sorted()
                        .map(area -> getTranslation(area.messageKey())).collect(Collectors.joining("; ")), details.summary().leadUnit()));
        planned.addClassName("inspection-planned");
        add(planned);
        if (details.topics() != null) {
            add(new Paragraph(details.topics()));
        }
        if (secretariat && details.summary().state().open()) {
            add(cancelButton(details));
        }
        add(new TeamSection(details, inspections, this::refresh), new VisitSection(details, inspections, this::refresh),
                new DocumentsSection(details, inspections, this::refresh),
                new AgencyFiguresSection(details, services.figures(), services.catalogue()), new FindingsSection(details, inspections, this::refresh),
                new RecommendationsSection(details, services.recommendations(), services.agencies(), secretariat, this::refresh),
                new ConclusionSection(details, services.conclusions(), currentUser, secretariat, this::refresh),
                new HistorySection(inspections.history(id)));
    }

    private Button cancelButton(InspectionDetails details) {
        Button cancel = new Button(getTranslation("inspection.cancel"), click -> {
            Dialog dialog = new Dialog(getTranslation("inspection.cancel"));
            TextArea reason = new TextArea(getTranslation("inspection.cancelReason"));
            reason.setMaxLength(2000);
            reason.setWidthFull();
            dialog.add(reason);
            dialog.setWidth("min(36rem, 100vw)");
            Dialogs.footer(dialog, "inspection.cancel", () -> {
                boolean ok = new FieldErrors(this).bind("reason", reason)
                        .attempt(() -> services.plans().cancel(id, details.summary().version(), reason.getValue()));
                if (ok) {
                    Messages.success(this, "inspection.cancelled");
                    refresh();
                }
                return ok;
            }, ButtonVariant.LUMO_ERROR);
            dialog.open();
        });
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        return cancel;
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("nav.inspections"));
    }
}
