package vn.gov.cchc.portal.mail.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import vn.gov.cchc.portal.common.Formats;
import vn.gov.cchc.portal.common.PortalTime;
import vn.gov.cchc.portal.common.ui.FieldErrors;
import vn.gov.cchc.portal.common.ui.Messages;
import vn.gov.cchc.portal.common.ui.PageTitles;
import vn.gov.cchc.portal.common.ui.SearchFields;
import vn.gov.cchc.portal.mail.CaughtMail;
import vn.gov.cchc.portal.mail.MailState;
import vn.gov.cchc.portal.mail.OutboxEntry;
import vn.gov.cchc.portal.mail.OutboxService;
import vn.gov.cchc.portal.security.Roles;

/**
 * The administrator's mail: the outbox (each mail with its state, attempts and the reason it failed; send one
 * again), and on the default run the test mailbox, where a trial user reads what would have been sent.
 */
@Route("admin/outbox")
@RolesAllowed(Roles.ADMIN)
@Menu(order = 93, icon = "vaadin:envelope-o", title = "nav.outbox")
class OutboxView extends Main implements HasDynamicTitle {

    private final OutboxService outbox;
    private final Grid<OutboxEntry> grid = new Grid<>();
    private final Grid<CaughtMail> caught = new Grid<>();
    private final TextField recipient = new TextField();
    private final Checkbox failedOnly = new Checkbox();

    OutboxView(OutboxService outbox) {
        this.outbox = outbox;
        addClassName("outbox-view");
        grid.addColumn(e -> time(e.createdAt())).setHeader(getTranslation("mail.field.createdAt")).setAutoWidth(true);
        grid.addColumn(e -> e.recipient().isBlank() && e.username() != null ? e.username() : e.recipient()).setHeader(getTranslation("mail.field.recipient")).setFlexGrow(2);
        grid.addColumn(OutboxEntry::subject).setHeader(getTranslation("mail.field.subject")).setFlexGrow(3);
        grid.addColumn(e -> getTranslation(e.kind().messageKey())).setHeader(getTranslation("mail.field.kind")).setAutoWidth(true);
        grid.addColumn(e -> getTranslation(e.state().messageKey())).setHeader(getTranslation("mail.field.state")).setAutoWidth(true);
        grid.addColumn(OutboxEntry::attempts).setHeader(getTranslation("mail.field.attempts")).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        grid.addColumn(e -> e.lastError() == null ? "" : e.lastError()).setHeader(getTranslation("mail.field.error")).setFlexGrow(2);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setHeight("45vh");
        grid.addClassName("outbox-grid");
        Button resend = new Button(getTranslation("mail.resend"), VaadinIcon.REFRESH.create(),
                click -> grid.getSelectedItems().stream().findFirst().ifPresent(entry -> {
                    if (new FieldErrors(this).attempt(() -> outbox.resend(entry.id(), entry.version()))) {
                        Messages.success(this, "mail.resent");
                        refresh();
                    }
                }));
        resend.setEnabled(false);
        grid.addSelectionListener(selection -> resend.setEnabled(selection.getFirstSelectedItem()
                .map(entry -> entry.state() != MailState.QUEUED).orElse(false)));
        caught.addColumn(mail -> time(mail.receivedAt())).setHeader(getTranslation("mail.field.sentAt")).setAutoWidth(true);
        caught.addColumn(CaughtMail::to).setHeader(getTranslation("mail.field.recipient")).setFlexGrow(2);
        caught.addColumn(CaughtMail::subject).setHeader(getTranslation("mail.field.subject")).setFlexGrow(3);
        caught.addItemClickListener(click -> read(click.getItem()));
        caught.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        // scrolled, not drawn whole: the catcher holds every mail of the run (thousands in a long one), and a grid
        // drawing all its rows asks for more than Vaadin serves at once (found by the accessibility journey)
        caught.setHeight("60vh");
        caught.addClassName("caught-grid");
        recipient.setLabel(getTranslation("mail.filter.recipient"));
        recipient.setClearButtonVisible(true);
        SearchFields.asYouType(recipient);
        recipient.addValueChangeListener(event -> refresh());
        recipient.setWidth("24em");
        failedOnly.setLabel(getTranslation("mail.filter.failedOnly"));
        failedOnly.addClassName("failed-only");
        failedOnly.addValueChangeListener(event -> refresh());
        HorizontalLayout filters = new HorizontalLayout(recipient, failedOnly);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H2(getTranslation("nav.outbox")), new Paragraph(getTranslation(outbox.catching() ? "mail.outbox.catching"
                : "mail.outbox.sending")), filters, new H3(getTranslation("mail.outbox")), resend, grid);
        if (outbox.catching()) {
            add(new H3(getTranslation("mail.caught")), new Paragraph(getTranslation("mail.caught.open")), caught);
        }
        refresh();
    }

    /**
     * The newest mails: those of the recipient (address or user name) typed when one is, only those not sent (a bad
     * or missing address, a refusing server) when asked.
     */
    private void refresh() {
        String wanted = recipient.getValue().strip().toLowerCase(Locale.ROOT);
        grid.setItems(outbox.newest().stream()
                .filter(entry -> entry.recipient().toLowerCase(Locale.ROOT).contains(wanted)
                        || entry.username() != null && entry.username().toLowerCase(Locale.ROOT).contains(wanted))
                .filter(entry -> !failedOnly.getValue() || entry.state() == MailState.FAILED)
                .toList());
        List<CaughtMail> mails = outbox.caught().stream().filter(mail -> mail.to().toLowerCase(Locale.ROOT).contains(wanted))
                .toList();
        caught.setItems(mails);
    }

    private void read(CaughtMail mail) {
        Dialog dialog = new Dialog(mail.subject());
        dialog.setWidth("min(52rem, 100vw)");
        Div body = new Div(mail.text());
        body.getStyle().set("white-space", "pre-wrap");
        body.addClassName("caught-body");
        dialog.add(new Paragraph(getTranslation("mail.field.recipient") + ": " + mail.to()), body);
        dialog.getFooter().add(new Button(getTranslation("action.close"), click -> dialog.close()));
        dialog.open();
    }

    private static String time(@Nullable Instant at) {
        return at == null ? "" : Formats.DATE_TIME.format(at.atZone(PortalTime.ZONE));
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("nav.outbox"));
    }
}
