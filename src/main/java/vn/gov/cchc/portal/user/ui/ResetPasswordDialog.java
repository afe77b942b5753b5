package vn.gov.cchc.portal.user.ui;

import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import java.util.function.Consumer;
import vn.gov.cchc.portal.common.ui.Dialogs;
import vn.gov.cchc.portal.common.ui.FieldErrors;
import vn.gov.cchc.portal.common.ui.Messages;
import vn.gov.cchc.portal.security.PasswordPolicy;
import vn.gov.cchc.portal.user.UserAdminService;
import vn.gov.cchc.portal.user.UserSummary;

class ResetPasswordDialog extends Dialog {

    ResetPasswordDialog(UserAdminService users, UserSummary user, Consumer<UserSummary> onSaved) {
        setHeaderTitle(getTranslation("user.resetPassword.title", user.username()));
        PasswordField password = new PasswordField(getTranslation("user.field.newPassword"));
        password.setHelperText(getTranslation("password.help", PasswordPolicy.MIN_LENGTH));
        password.setWidthFull();
        add(new Paragraph(getTranslation("user.resetPassword.explanation")), password);
        FieldErrors errors = new FieldErrors(this).bind("password", password);
        Dialogs.footer(this, "action.save", () -> {
            boolean saved = errors.attempt(() -> onSaved.accept(users.resetPassword(user.id(), user.version(),
                    password.getValue())));
            if (saved) {
                Messages.success(this, "user.resetPassword.done");
            }
            return saved;
        });
    }
}
