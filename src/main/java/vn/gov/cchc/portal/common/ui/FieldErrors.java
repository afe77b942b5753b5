package vn.gov.cchc.portal.common.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import vn.gov.cchc.portal.common.ConcurrentEditException;
import vn.gov.cchc.portal.common.PortalException;
import vn.gov.cchc.portal.common.ValidationException;

/**
 * Runs a save and shows what went wrong next to the field it concerns. The form keeps what the user typed, so
 * nothing is lost on a refusal.
 */
public final class FieldErrors {

    private final Component owner;
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    public FieldErrors(Component owner) {
        this.owner = owner;
    }

    public FieldErrors bind(String field, HasValidation component) {
        fields.put(field, component);
        return this;
    }

    /** Returns true when the action succeeded. */
    public boolean attempt(Runnable action) {
        fields.values().forEach(field -> field.setInvalid(false));
        try {
            action.run();
            return true;
        } catch (ValidationException e) {
            // every error on its field; those without a field (or with a field this form does not have) in one notice
            List<String> unplaced = new ArrayList<>();
            for (ValidationException.FieldError error : e.errors()) {
                HasValidation field = error.field() == null ? null : fields.get(error.field());
                String text = owner.getTranslation(error.messageKey(), error.arguments());
                if (field == null) {
                    unplaced.add(text);
                } else {
                    field.setErrorMessage(text);
                    field.setInvalid(true);
                }
            }
            if (!unplaced.isEmpty()) {
                Messages.error(owner, String.join(" ", unplaced));
            }
            return false;
        } catch (PortalException e) {
            Messages.error(owner, e);
            return false;
        } catch (OptimisticLockingFailureException e) {
            Messages.error(owner, new ConcurrentEditException());
            return false;
        } catch (PessimisticLockingFailureException e) {
            // the database gave up waiting for, or broke a deadlock with, another user's change of the same data
            Messages.error(owner, new PortalException("error.busy"));
            return false;
        }
    }
}
