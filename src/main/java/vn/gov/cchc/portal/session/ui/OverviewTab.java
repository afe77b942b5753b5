package vn.gov.cchc.portal.session.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import vn.gov.cchc.portal.common.Formats;
import vn.gov.cchc.portal.common.ui.DatePickers;
import vn.gov.cchc.portal.common.ui.Dialogs;
import vn.gov.cchc.portal.common.ui.FieldErrors;
import vn.gov.cchc.portal.common.ui.Messages;
import vn.gov.cchc.portal.common.ui.Toolbars;
import vn.gov.cchc.portal.session.ConclusionNotice;
import vn.gov.cchc.portal.session.SessionDetails;
import vn.gov.cchc.portal.session.SessionDraft;
import vn.gov.cchc.portal.session.SessionInvitationService;
import vn.gov.cchc.portal.session.SessionService;
import vn.gov.cchc.portal.session.SessionStatus;

/** The session's details and lifecycle actions (mark held, conclude with the notice, cancel with a reason). */
class OverviewTab extends VerticalLayout {

    private final SessionInvitationService invitations;

    private final SessionService sessions;
    private final boolean canEdit;
    private final Consumer<SessionDetails> onChange;
    private SessionDetails session;

    OverviewTab(SessionService sessions, SessionInvitationService invitations, SessionDetails session, boolean canEdit,
            Consumer<SessionDetails> onChange) {
        this.invitations = invitations;
        this.sessions = sessions;
        this.canEdit = canEdit;
        this.onChange = onChange;
        this.session = session;
        setPadding(false);
        render();
    }

    private void render() {
        removeAll();
        SessionDraft d = session.details();
        FormLayout facts = new FormLayout();
        facts.addClassName("session-facts");
        field(facts, "session.field.term", d.term());
        field(facts, "session.field.number", String.valueOf(d.number()));
        field(facts, "session.field.kind", getTranslation(d.kind().messageKey()));
        field(facts, "session.field.status", getTranslation(session.status().messageKey()));
        field(facts, "session.field.startsAt", Formats.DATE_TIME.format(d.startsAt()));
        field(facts, "session.field.chair", d.chair());
        field(facts, "session.field.form", getTranslation(d.form().messageKey()));
        field(facts, "session.field.hostLocation", d.hostLocation());
        field(facts, "session.field.period", d.periodFrom() == null && d.periodTo() == null ? ""
                : Formats.date(d.periodFrom()) + " – " + Formats.date(d.periodTo()));
        field(facts, "session.field.cutoffDate", Formats.date(d.cutoffDate()));
        if (session.status() == SessionStatus.CANCELLED) {
            field(facts, "session.field.cancelReason", session.cancelReason());
        }
        ConclusionNotice notice = session.notice();
        if (!notice.isEmpty()) {
            field(facts, "session.field.notice", getTranslation("session.noticeLabel", notice.number(),
                    Formats.date(notice.date()), notice.signer()));
        }
        add(facts);
        if (canEdit) {
            add(actions());
        }
    }

    private void field(FormLayout layout, String labelKey, String value) {
        Span text = new Span(value == null || value.isBlank() ? "—" : value);
        text.addClassName("fact-value");
        layout.addFormItem(text, getTranslation(labelKey));
    }

    private Component actions() {
        HorizontalLayout actions = Toolbars.of();
        Button edit = new Button(getTranslation("action.edit"),
                click -> SessionEditorDialog.forSession(sessions, session, this::changed).open());
        actions.add(edit);
        if (session.status() == SessionStatus.PLANNED) {
            actions.add(new Button(getTranslation("session.action.markHeld"), click -> {
                if (new FieldErrors(this).attempt(() -> changed(sessions.markHeld(session.id(), session.version())))) {
                    Messages.success(this, "session.markedHeld");
                }
            }));
            Button invite = new Button(getTranslation(invitations.sentSequence(session.id()).isPresent()
                    ? "session.action.reinvite" : "session.action.invite"), click -> {
                int[] sent = new int[1];
                if (new FieldErrors(this).attempt(() -> sent[0] = invitations.invite(session.id()))) {
                    Messages.success(this, "session.invited", sent[0]);
                }
            });
            invite.addClassName("session-invite");
            actions.add(invite);
            Button cancel = new Button(getTranslation("session.action.cancel"), click -> cancelDialog().open());
            cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(cancel);
        }
        if (session.status() != SessionStatus.CANCELLED) {
            String key = session.status() == SessionStatus.CONCLUDED ? "session.action.correctNotice" : "session.action.conclude";
            Button conclude = new Button(getTranslation(key), click -> noticeDialog().open());
            conclude.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(conclude);
        }
        return actions;
    }

    private Dialog noticeDialog() {
        Dialog dialog = new Dialog(getTranslation("session.notice.title"));
        TextField number = new TextField(getTranslation("session.field.noticeNumber"));
        number.setPlaceholder("304/TB-VPCP");
        DatePicker date = DatePickers.create("session.field.noticeDate", this);
        TextField signer = new TextField(getTranslation("session.field.noticeSigner"));
        ConclusionNotice current = session.notice();
        number.setValue(current.number() == null ? "" : current.number());
        date.setValue(current.date());
        signer.setValue(current.signer() == null ? "" : current.signer());
        dialog.add(new FormLayout(number, date, signer));
        FieldErrors errors = new FieldErrors(this).bind("noticeNumber", number).bind("noticeDate", date)
                .bind("noticeSigner", signer);
        Dialogs.footer(dialog, "action.save", () -> {
            ConclusionNotice notice = new ConclusionNotice(number.getValue(), date.getValue(), signer.getValue());
            boolean concluded = errors.attempt(() -> changed(session.status() == SessionStatus.CONCLUDED
                    ? sessions.correctNotice(session.id(), session.version(), notice)
                    : sessions.conclude(session.id(), session.version(), notice)));
            if (concluded) {
                Messages.success(this, "session.concluded");
            }
            return concluded;
        });
        return dialog;
    }

    private Dialog cancelDialog() {
        Dialog dialog = new Dialog(getTranslation("session.cancel.title"));
        TextArea reason = new TextArea(getTranslation("session.field.cancelReason"));
        reason.setWidthFull();
        reason.setRequiredIndicatorVisible(true);
        dialog.add(new Div(reason));
        FieldErrors errors = new FieldErrors(this).bind("reason", reason);
        Dialogs.footer(dialog, "session.action.cancel",
                () -> errors.attempt(() -> changed(sessions.cancel(session.id(), session.version(), reason.getValue()))),
                ButtonVariant.LUMO_ERROR);
        return dialog;
    }

    private void changed(SessionDetails updated) {
        session = updated;
        onChange.accept(updated);
        render();
    }
}
