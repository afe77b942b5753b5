package vn.gov.cchc.portal.api.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.LocalDate;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import vn.gov.cchc.portal.agency.AgencyFilter;
import vn.gov.cchc.portal.agency.AgencyService;
import vn.gov.cchc.portal.agency.AgencySummary;
import vn.gov.cchc.portal.api.ApiScope;
import vn.gov.cchc.portal.api.ApiTokenDraft;
import vn.gov.cchc.portal.api.ApiTokenService;
import vn.gov.cchc.portal.api.ApiTokenSummary;
import vn.gov.cchc.portal.api.IssuedToken;
import vn.gov.cchc.portal.common.Formats;
import vn.gov.cchc.portal.common.PortalTime;
import vn.gov.cchc.portal.common.ui.DatePickers;
import vn.gov.cchc.portal.common.ui.Dialogs;
import vn.gov.cchc.portal.common.ui.FieldErrors;
import vn.gov.cchc.portal.common.ui.Messages;
import vn.gov.cchc.portal.common.ui.PageTitles;
import vn.gov.cchc.portal.security.Roles;

/** The administrator's API tokens: issue one per consuming system (its secret shown once), see their use, revoke. */
@Route("admin/api-tokens")
@RolesAllowed(Roles.ADMIN)
@Menu(order = 94, icon = "vaadin:key", title = "nav.apiTokens")
class ApiTokensView extends Main implements HasDynamicTitle {

    private final ApiTokenService tokens;
    private final AgencyService agencies;
    private final Grid<ApiTokenSummary> grid = new Grid<>();

    ApiTokensView(ApiTokenService tokens, AgencyService agencies) {
        this.tokens = tokens;
        this.agencies = agencies;
        addClassName("api-tokens-view");
        LocalDate today = LocalDate.now(PortalTime.ZONE);
        grid.addColumn(ApiTokenSummary::name).setHeader(getTranslation("api.field.name")).setFlexGrow(2);
        grid.addColumn(token -> token.prefix() + "…").setHeader(getTranslation("api.field.prefix")).setAutoWidth(true);
        grid.addColumn(token -> token.scopes().stream().map(scope -> getTranslation(scope.messageKey()))
                .collect(Collectors.joining("; "))).setHeader(getTranslation("api.field.scopes")).setFlexGrow(2);
        grid.addColumn(token -> token.agency() == null ? getTranslation("api.agency.all") : token.agency().in(getLocale()))
                .setHeader(getTranslation("api.field.agency")).setFlexGrow(2);
        grid.addColumn(token -> Formats.date(token.expiresOn())).setHeader(getTranslation("api.field.expiresOn")).setAutoWidth(true);
        grid.addColumn(token -> time(token.lastUsedAt())).setHeader(getTranslation("api.field.lastUsed")).setAutoWidth(true);
        grid.addColumn(token -> getTranslation(token.revokedAt() != null ? "api.state.revoked"
                : token.usableOn(today) ? "api.state.active" : "api.state.expired")).setHeader(getTranslation("api.field.state"))
                .setAutoWidth(true);
        grid.addComponentColumn(token -> {
            Button revoke = new Button(getTranslation("api.revoke"), click -> revoke(token));
            revoke.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
            revoke.setVisible(token.revokedAt() == null);
            return revoke;
        }).setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addClassName("api-tokens-grid");
        Button issue = new Button(getTranslation("api.issue"), VaadinIcon.KEY.create(), click -> issueDialog().open());
        issue.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2(getTranslation("nav.apiTokens")), new Paragraph(getTranslation("api.tokens.intro")), issue, grid);
        refresh();
    }

    private Dialog issueDialog() {
        Dialog dialog = new Dialog(getTranslation("api.issue"));
        TextField name = new TextField(getTranslation("api.field.name"));
        name.setMaxLength(ApiTokenService.NAME_MAX);
        name.setWidthFull();
        CheckboxGroup<ApiScope> scopes = new CheckboxGroup<>(getTranslation("api.field.scopes"));
        scopes.setItems(ApiScope.values());
        scopes.setItemLabelGenerator(scope -> getTranslation(scope.messageKey()));
        ComboBox<AgencySummary> agency = new ComboBox<>(getTranslation("api.field.agency"));
        agency.setItems(agencies.list(AgencyFilter.activeOn(LocalDate.now(PortalTime.ZONE), null)));
        agency.setItemLabelGenerator(summary -> summary.label().in(getLocale()));
        agency.setPlaceholder(getTranslation("api.agency.all"));
        agency.setClearButtonVisible(true);
        DatePicker expires = DatePickers.create("api.field.expiresOn", this);
        expires.setValue(LocalDate.now(PortalTime.ZONE).plusYears(1));
        dialog.add(new FormLayout(name, scopes, agency, expires));
        FieldErrors errors = new FieldErrors(this).bind("name", name).bind("scopes", scopes).bind("agencyId", agency)
                .bind("expiresOn", expires);
        Dialogs.footer(dialog, "api.issue", () -> {
            IssuedToken[] issued = new IssuedToken[1];
            boolean done = errors.attempt(() -> issued[0] = tokens.issue(new ApiTokenDraft(name.getValue(), scopes.getValue(),
                    agency.getValue() == null ? null : agency.getValue().id(), expires.getValue())));
            if (done) {
                refresh();
                secretDialog(issued[0]).open();
            }
            return done;
        });
        return dialog;
    }

    /** The secret, this once. */
    private Dialog secretDialog(IssuedToken issued) {
        Dialog dialog = new Dialog(getTranslation("api.issued.title"));
        TextField secret = new TextField();
        secret.setValue(issued.secret());
        secret.setReadOnly(true);
        secret.setWidth("36em");
        secret.addClassName("issued-secret");
        dialog.add(new Paragraph(getTranslation("api.issued.text", issued.token().name())), secret);
        dialog.getFooter().add(new Button(getTranslation("action.close"), click -> dialog.close()));
        return dialog;
    }

    private void revoke(ApiTokenSummary token) {
        if (new FieldErrors(this).attempt(() -> tokens.revoke(token.id(), token.version()))) {
            Messages.success(this, "api.revoked");
            refresh();
        }
    }

    private void refresh() {
        grid.setItems(tokens.list());
    }

    private String time(@Nullable Instant at) {
        return at == null ? getTranslation("api.never") : Formats.DATE_TIME.format(at.atZone(PortalTime.ZONE));
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("nav.apiTokens"));
    }
}
