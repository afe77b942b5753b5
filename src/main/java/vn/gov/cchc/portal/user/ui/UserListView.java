package vn.gov.cchc.portal.user.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import vn.gov.cchc.portal.agency.AgencyService;
import vn.gov.cchc.portal.common.ui.FieldErrors;
import vn.gov.cchc.portal.common.ui.Messages;
import vn.gov.cchc.portal.common.ui.PageTitles;
import vn.gov.cchc.portal.common.ui.SearchFields;
import vn.gov.cchc.portal.common.ui.Toolbars;
import vn.gov.cchc.portal.security.Role;
import vn.gov.cchc.portal.security.Roles;
import vn.gov.cchc.portal.spreadsheet.Column;
import vn.gov.cchc.portal.spreadsheet.ExportLink;
import vn.gov.cchc.portal.user.UserAdminService;
import vn.gov.cchc.portal.user.UserFilter;
import vn.gov.cchc.portal.user.UserLinks;
import vn.gov.cchc.portal.user.UserSummary;

@Route(UserLinks.USERS)
@RolesAllowed(Roles.ADMIN)
@Menu(order = 91, icon = "vaadin:users", title = "nav.users")
class UserListView extends Main implements HasDynamicTitle {

    private final UserAdminService users;
    private final AgencyService agencies;
    private final TextField text = new TextField();
    private final ComboBox<Role> role = new ComboBox<>();
    private final Grid<UserSummary> grid = new Grid<>();
    /** The filter of what the grid shows now, for the export (read on the download's thread). */
    private volatile UserFilter shown = new UserFilter(null, null, null);
    private final Button edit = new Button();
    private final Button toggle = new Button();
    private final Button resetPassword = new Button();

    UserListView(UserAdminService users, AgencyService agencies) {
        this.users = users;
        this.agencies = agencies;
        addClassName("user-list-view");
        add(new H2(getTranslation("user.list.title")), toolbar(), grid);
        configureGrid();
        refresh();
    }

    private HorizontalLayout toolbar() {
        text.setLabel(getTranslation("filter.search"));
        SearchFields.asYouType(text);
        text.setClearButtonVisible(true);
        text.addValueChangeListener(e -> refresh());
        role.setLabel(getTranslation("user.field.roles"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(value -> getTranslation(value.messageKey()));
        role.setClearButtonVisible(true);
        role.setPlaceholder(getTranslation("filter.all"));
        role.addValueChangeListener(e -> refresh());

        Button create = new Button(getTranslation("user.action.create"), VaadinIcon.PLUS.create(),
                click -> UserEditorDialog.forNewUser(users, agencies, saved -> refresh()).open());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        edit.setText(getTranslation("action.edit"));
        edit.addClickListener(click -> selected(user -> UserEditorDialog.forExistingUser(users, agencies, user,
                saved -> refresh()).open()));
        toggle.setText(getTranslation("user.action.disable"));
        toggle.addClickListener(click -> selected(this::toggleEnabled));
        resetPassword.setText(getTranslation("user.action.resetPassword"));
        resetPassword.addClickListener(click -> selected(user -> new ResetPasswordDialog(users, user, saved -> refresh()).open()));
        setSelectionActionsEnabled(null);

        HorizontalLayout toolbar = Toolbars.of(text, role, create, edit, toggle, resetPassword, export());
        return toolbar;
    }

    private void configureGrid() {
        grid.addColumn(UserSummary::username).setHeader(getTranslation("user.field.username")).setAutoWidth(true);
        grid.addColumn(UserSummary::fullName).setHeader(getTranslation("user.field.fullName")).setFlexGrow(2);
        grid.addColumn(user -> user.roles().stream().map(r -> getTranslation(r.messageKey()))
                .collect(Collectors.joining(", "))).setHeader(getTranslation("user.field.roles")).setFlexGrow(2);
        grid.addColumn(user -> user.agency() == null ? "" : user.agency().in(getLocale()))
                .setHeader(getTranslation("user.field.agency")).setFlexGrow(2);
        grid.addColumn(user -> getTranslation(user.enabled() ? "user.status.enabled" : "user.status.disabled"))
                .setHeader(getTranslation("user.field.status")).setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("user.list.empty"));
        grid.asSingleSelect().addValueChangeListener(event -> setSelectionActionsEnabled(event.getValue()));
    }

    /** The accounts under the filters shown when the link is followed, with the grid's columns. */
    private Anchor export() {
        Locale locale = getLocale();
        List<Column<UserSummary>> columns = List.of(
                Column.text(getTranslation("user.field.username"), 24, UserSummary::username),
                Column.text(getTranslation("user.field.fullName"), 30, UserSummary::fullName),
                Column.text(getTranslation("user.field.roles"), 36, user -> user.roles().stream()
                        .map(r -> getTranslation(r.messageKey())).collect(Collectors.joining(", "))),
                Column.text(getTranslation("user.field.agency"), 36, user -> user.agency() == null ? null : user.agency().in(locale)),
                Column.text(getTranslation("user.field.status"), 16,
                        user -> getTranslation(user.enabled() ? "user.status.enabled" : "user.status.disabled")));
        return ExportLink.of(this, () -> "nguoi-dung", getTranslation("nav.users"), columns,
                () -> {
                    List<UserSummary> rows = users.list(shown);
                    return sink -> rows.forEach(sink);
                });
    }

    private void setSelectionActionsEnabled(UserSummary user) {
        edit.setEnabled(user != null);
        toggle.setEnabled(user != null);
        resetPassword.setEnabled(user != null);
        toggle.setText(getTranslation(user != null && !user.enabled() ? "user.action.enable" : "user.action.disable"));
    }

    private void toggleEnabled(UserSummary user) {
        FieldErrors errors = new FieldErrors(this);
        boolean done = errors.attempt(() -> {
            if (user.enabled()) {
                users.disable(user.id(), user.version());
            } else {
                users.enable(user.id(), user.version());
            }
        });
        if (done) {
            Messages.success(this, user.enabled() ? "user.disabled" : "user.enabled", user.username());
        }
        refresh();
    }

    private void selected(Consumer<UserSummary> action) {
        grid.asSingleSelect().getOptionalValue().ifPresent(action);
    }

    private void refresh() {
        shown = new UserFilter(text.getValue(), role.getValue(), null);
        grid.setItems(users.list(shown));
        setSelectionActionsEnabled(null);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("nav.users"));
    }
}
