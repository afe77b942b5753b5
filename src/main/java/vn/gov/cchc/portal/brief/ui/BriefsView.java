package vn.gov.cchc.portal.brief.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import vn.gov.cchc.portal.brief.BriefDetails;
import vn.gov.cchc.portal.brief.BriefLinks;
import vn.gov.cchc.portal.brief.BriefService;
import vn.gov.cchc.portal.brief.BriefSummary;
import vn.gov.cchc.portal.common.Formats;
import vn.gov.cchc.portal.common.ui.Dialogs;
import vn.gov.cchc.portal.common.ui.FieldErrors;
import vn.gov.cchc.portal.common.ui.PageTitles;
import vn.gov.cchc.portal.security.CurrentUser;
import vn.gov.cchc.portal.session.SessionSummary;

/** Session briefs by session; drafts are listed to the secretariat only. */
@Route(BriefLinks.BRIEFS)
@PermitAll
@Menu(order = 30, icon = "vaadin:file-text-o", title = "nav.briefs")
class BriefsView extends Main implements HasDynamicTitle {

    private final BriefService briefs;

    BriefsView(BriefService briefs, CurrentUser currentUser) {
        this.briefs = briefs;
        addClassName("briefs-view");
        add(new H2(getTranslation("brief.list.title")));
        if (currentUser.isSecretariatOrAdmin()) {
            Button compile = new Button(getTranslation("brief.action.compile"), VaadinIcon.PLUS.create(),
                    click -> compileDialog().open());
            compile.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(compile);
        }
        Grid<BriefSummary> grid = new Grid<>();
        grid.addColumn(b -> getTranslation("session.numberLabel", b.sessionNumber())).setHeader(getTranslation("brief.field.session"))
                .setAutoWidth(true);
        grid.addColumn(BriefSummary::sessionTitle).setHeader(getTranslation("session.field.title")).setFlexGrow(3);
        grid.addColumn(BriefSummary::versionNo).setHeader(getTranslation("brief.field.version")).setAutoWidth(true);
        grid.addColumn(b -> getTranslation(b.status().messageKey())).setHeader(getTranslation("brief.field.status")).setAutoWidth(true);
        grid.addColumn(b -> b.docNumber() == null ? "" : b.docNumber()).setHeader(getTranslation("brief.field.number")).setAutoWidth(true);
        grid.addColumn(b -> Formats.date(b.issuedOn())).setHeader(getTranslation("brief.field.issuedOn")).setAutoWidth(true);
        grid.setItems(briefs.list());
        grid.setEmptyStateText(getTranslation("brief.list.empty"));
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(BriefView.class, click.getItem().id())));
        add(grid);
    }

    private Dialog compileDialog() {
        Dialog dialog = new Dialog(getTranslation("brief.action.compile"));
        ComboBox<SessionSummary> session = new ComboBox<>(getTranslation("brief.field.session"));
        session.setItems(briefs.sessionsWithCutoff());
        session.setItemLabelGenerator(s -> getTranslation("session.numberLabel", s.number()) + " · "
                + getTranslation("dashboard.sessionCutoff", Formats.date(s.cutoffDate())));
        session.setWidthFull();
        IntegerField topN = new IntegerField(getTranslation("brief.field.topN"));
        topN.setValue(5);
        dialog.add(new FormLayout(session, topN));
        FieldErrors errors = new FieldErrors(this).bind("session", session).bind("topN", topN);
        Dialogs.footer(dialog, "brief.action.compile", () -> {
            if (session.getValue() == null) {
                session.setErrorMessage(getTranslation("validation.required"));
                session.setInvalid(true);
                return false;
            }
            BriefDetails[] compiled = new BriefDetails[1];
            boolean done = errors.attempt(() -> compiled[0] = briefs.compile(session.getValue().id(),
                    topN.getValue() == null ? 0 : topN.getValue()));
            if (done) {
                getUI().ifPresent(ui -> ui.navigate(BriefView.class, compiled[0].summary().id()));
            }
            return done;
        });
        return dialog;
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("nav.briefs"));
    }
}
