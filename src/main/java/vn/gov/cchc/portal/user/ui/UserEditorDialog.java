package vn.gov.cchc.portal.user.ui;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Consumer;
import vn.gov.cchc.portal.agency.AgencyFilter;
import vn.gov.cchc.portal.agency.AgencyService;
import vn.gov.cchc.portal.agency.AgencySummary;
import vn.gov.cchc.portal.common.PortalTime;
import vn.gov.cchc.portal.common.ui.Dialogs;
import vn.gov.cchc.portal.common.ui.FieldErrors;
import vn.gov.cchc.portal.common.ui.Messages;
import vn.gov.cchc.portal.security.PasswordPolicy;
import vn.gov.cchc.portal.security.Role;
import vn.gov.cchc.portal.user.UserAdminService;
import vn.gov.cchc.portal.user.UserChanges;
import vn.gov.cchc.portal.user.UserDraft;
import vn.gov.cchc.portal.user.UserSummary;

/** Creates a user, or edits an existing one's name, e-mail, roles and agency. */
class UserEditorDialog extends Dialog {

    private final TextField username = new TextField();
    private final TextField fullName = new TextField();
    private final EmailField email = new EmailField();
    private final CheckboxGroup<Role> roles = new CheckboxGroup<>();
    private final ComboBox<AgencySummary> agency = new ComboBox<>();
    private final PasswordField password = new PasswordField();

    static UserEditorDialog forNewUser(UserAdminService users, AgencyService agencies, Consumer<UserSummary> onSaved) {
        return new UserEditorDialog(users, agencies, null, onSaved);
    }

    static UserEditorDialog forExistingUser(UserAdminService users, AgencyService agencies, UserSummary user,
            Consumer<UserSummary> onSaved) {
        return new UserEditorDialog(users, agencies, user, onSaved);
    }

    private UserEditorDialog(UserAdminService users, AgencyService agencies, UserSummary existing,
            Consumer<UserSummary> onSaved) {
        setHeaderTitle(getTranslation(existing == null ? "user.create.title" : "user.edit.title"));
        username.setLabel(getTranslation("user.field.username"));
        username.setHelperText(getTranslation("user.field.usernameHelp"));
        username.setRequiredIndicatorVisible(true);
        fullName.setLabel(getTranslation("user.field.fullName"));
        fullName.setRequiredIndicatorVisible(true);
        email.setLabel(getTranslation("user.field.email"));
        roles.setLabel(getTranslation("user.field.roles"));
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(role -> getTranslation(role.messageKey()));
        roles.setRequiredIndicatorVisible(true);
        agency.setLabel(getTranslation("user.field.agency"));
        agency.setHelperText(getTranslation("user.field.agencyHelp"));
        agency.setItems(agencies.list(AgencyFilter.activeOn(LocalDate.now(PortalTime.ZONE), null)));
        agency.setItemLabelGenerator(a -> a.name(getLocale()));
        agency.setClearButtonVisible(true);
        password.setLabel(getTranslation("user.field.password"));
        password.setHelperText(getTranslation("password.help", PasswordPolicy.MIN_LENGTH));
        password.setRequiredIndicatorVisible(true);

        FormLayout form = new FormLayout(username, fullName, email, roles, agency);
        if (existing == null) {
            form.add(password);
        } else {
            username.setValue(existing.username());
            username.setReadOnly(true);
            fullName.setValue(existing.fullName());
            email.setValue(existing.email() == null ? "" : existing.email());
            roles.setValue(existing.roles());
            if (existing.agencyId() != null) {
                agencies.list(AgencyFilter.all()).stream().filter(a -> a.id() == existing.agencyId()).findFirst()
                        .ifPresent(agency::setValue);
            }
        }
        add(form);

        FieldErrors errors = new FieldErrors(this).bind("username", username).bind("fullName", fullName)
                .bind("email", email).bind("roles", roles).bind("agency", agency).bind("password", password);
        Dialogs.footer(this, "action.save", () -> {
            Set<Role> chosen = roles.getValue().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles.getValue());
            Long agencyId = agency.getValue() == null ? null : agency.getValue().id();
            boolean saved = errors.attempt(() -> onSaved.accept(existing == null
                    ? users.create(new UserDraft(username.getValue(), fullName.getValue(), email.getValue(), chosen,
                            agencyId, password.getValue()))
                    : users.update(new UserChanges(existing.id(), existing.version(), fullName.getValue(),
                            email.getValue(), chosen, agencyId))));
            if (saved) {
                Messages.success(this, "user.saved");
            }
            return saved;
        });
    }
}
