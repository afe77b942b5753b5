package vn.gov.cchc.portal.session.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import vn.gov.cchc.portal.common.ui.DatePickers;
import vn.gov.cchc.portal.common.ui.Dialogs;
import vn.gov.cchc.portal.common.ui.FieldErrors;
import vn.gov.cchc.portal.common.ui.Messages;
import vn.gov.cchc.portal.session.SessionDetails;
import vn.gov.cchc.portal.session.SessionDraft;
import vn.gov.cchc.portal.session.SessionForm;
import vn.gov.cchc.portal.session.SessionKind;
import vn.gov.cchc.portal.session.SessionService;

/**
 * Creates a session or edits its details. On a refusal (a duplicate number, a conflict with another user's edit)
 * the dialog stays open with everything the user typed.
 */
class SessionEditorDialog extends Dialog {

    static final String DEFAULT_TERM = "2021-2026";

    private final TextField term = new TextField();
    private final IntegerField number = new IntegerField();
    private final TextField title = new TextField();
    private final ComboBox<SessionKind> kind = new ComboBox<>();
    private final DateTimePicker startsAt = new DateTimePicker();
    private final TextField chair = new TextField();
    private final ComboBox<SessionForm> form = new ComboBox<>();
    private final TextField hostLocation = new TextField();
    private final DatePicker periodFrom = new DatePicker();
    private final DatePicker periodTo = new DatePicker();
    private final DatePicker cutoffDate = new DatePicker();

    static SessionEditorDialog forNewSession(SessionService sessions, Consumer<SessionDetails> onSaved) {
        return new SessionEditorDialog(sessions, null, onSaved);
    }

    static SessionEditorDialog forSession(SessionService sessions, SessionDetails session, Consumer<SessionDetails> onSaved) {
        return new SessionEditorDialog(sessions, session, onSaved);
    }

    private SessionEditorDialog(SessionService sessions, SessionDetails existing, Consumer<SessionDetails> onSaved) {
        setHeaderTitle(getTranslation(existing == null ? "session.create.title" : "session.edit.title"));
        setWidth("min(56rem, 100vw)");
        configureFields();
        FormLayout layout = new FormLayout(term, number, title, kind, startsAt, chair, form, hostLocation, periodFrom,
                periodTo, cutoffDate);
        layout.setColspan(title, 2);
        add(layout);
        if (existing == null) {
            term.setValue(DEFAULT_TERM);
            kind.setValue(SessionKind.REGULAR);
            form.setValue(SessionForm.ONLINE);
        } else {
            fill(existing.details());
        }

        FieldErrors errors = new FieldErrors(this).bind("term", term).bind("number", number).bind("title", title)
                .bind("kind", kind).bind("startsAt", startsAt).bind("form", form).bind("periodTo", periodTo)
                .bind("cutoffDate", cutoffDate).bind("chair", chair).bind("hostLocation", hostLocation);
        Dialogs.footer(this, "action.save", () -> {
            SessionDraft draft = draft();
            boolean saved = errors.attempt(() -> onSaved.accept(existing == null ? sessions.create(draft)
                    : sessions.update(existing.id(), existing.version(), draft)));
            if (saved) {
                Messages.success(this, "session.saved");
            }
            return saved;
        });
    }

    private void configureFields() {
        term.setLabel(getTranslation("session.field.term"));
        term.setRequiredIndicatorVisible(true);
        number.setLabel(getTranslation("session.field.number"));
        number.setMin(1);
        number.setRequiredIndicatorVisible(true);
        title.setLabel(getTranslation("session.field.title"));
        title.setRequiredIndicatorVisible(true);
        kind.setLabel(getTranslation("session.field.kind"));
        kind.setRequiredIndicatorVisible(true);
        // the columns' limits (V4), also checked by the service
        term.setMaxLength(16);
        title.setMaxLength(500);
        chair.setMaxLength(255);
        hostLocation.setMaxLength(255);
        kind.setItems(SessionKind.values());
        kind.setItemLabelGenerator(value -> getTranslation(value.messageKey()));
        startsAt.setLabel(getTranslation("session.field.startsAt"));
        startsAt.setRequiredIndicatorVisible(true);
        DatePicker i18nSource = new DatePicker();
        DatePickers.localize(i18nSource, this);
        startsAt.setDatePickerI18n(i18nSource.getI18n());
        chair.setLabel(getTranslation("session.field.chair"));
        form.setLabel(getTranslation("session.field.form"));
        form.setRequiredIndicatorVisible(true);
        form.setItems(SessionForm.values());
        form.setItemLabelGenerator(value -> getTranslation(value.messageKey()));
        hostLocation.setLabel(getTranslation("session.field.hostLocation"));
        for (DatePicker picker : new DatePicker[] {periodFrom, periodTo, cutoffDate}) {
            DatePickers.localize(picker, this);
        }
        periodFrom.setLabel(getTranslation("session.field.periodFrom"));
        periodTo.setLabel(getTranslation("session.field.periodTo"));
        cutoffDate.setLabel(getTranslation("session.field.cutoffDate"));
        cutoffDate.setHelperText(getTranslation("session.field.cutoffDateHelp"));
    }

    private void fill(SessionDraft draft) {
        term.setValue(draft.term());
        number.setValue(draft.number());
        title.setValue(draft.title());
        kind.setValue(draft.kind());
        startsAt.setValue(draft.startsAt());
        chair.setValue(draft.chair() == null ? "" : draft.chair());
        form.setValue(draft.form());
        hostLocation.setValue(draft.hostLocation() == null ? "" : draft.hostLocation());
        periodFrom.setValue(draft.periodFrom());
        periodTo.setValue(draft.periodTo());
        cutoffDate.setValue(draft.cutoffDate());
    }

    private SessionDraft draft() {
        return new SessionDraft(term.getValue(), number.getValue(), title.getValue(), kind.getValue(),
                startsAt.getValue(), chair.getValue(), form.getValue(), hostLocation.getValue(), periodFrom.getValue(),
                periodTo.getValue(), cutoffDate.getValue());
    }
}
