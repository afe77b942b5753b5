package vn.gov.cchc.portal.session.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import vn.gov.cchc.portal.agency.AgencyGroup;
import vn.gov.cchc.portal.common.Formats;
import vn.gov.cchc.portal.common.PortalTime;
import vn.gov.cchc.portal.common.ui.Dialogs;
import vn.gov.cchc.portal.common.ui.FieldErrors;
import vn.gov.cchc.portal.common.ui.Messages;
import vn.gov.cchc.portal.common.ui.Toolbars;
import vn.gov.cchc.portal.session.Attendance;
import vn.gov.cchc.portal.session.AttendanceChange;
import vn.gov.cchc.portal.session.AttendanceService;
import vn.gov.cchc.portal.session.AttendanceStatus;
import vn.gov.cchc.portal.session.InvitationReply;
import vn.gov.cchc.portal.session.SessionInvitationService;
import vn.gov.cchc.portal.spreadsheet.Column;
import vn.gov.cchc.portal.spreadsheet.ExportLink;

/** Attendance per agency active on the session's date; a whole group can be set at once. */
class AttendanceTab extends VerticalLayout {

    private final AttendanceService attendance;
    private final long sessionId;
    private final SessionInvitationService invitations;
    private final Grid<Attendance> grid = new Grid<>();
    private final Paragraph memberReplies = new Paragraph();
    private Map<Long, InvitationReply> agencyReplies = Map.of();

    AttendanceTab(AttendanceService attendance, SessionInvitationService invitations, long sessionId, boolean canEdit) {
        this.attendance = attendance;
        this.invitations = invitations;
        this.sessionId = sessionId;
        setPadding(false);
        grid.addColumn(a -> a.agency().in(getLocale())).setHeader(getTranslation("attendance.field.agency")).setFlexGrow(2);
        grid.addColumn(a -> getTranslation(a.group().messageKey())).setHeader(getTranslation("attendance.field.group"));
        grid.addColumn(a -> a.status() == null ? getTranslation("attendance.notRecorded") : getTranslation(a.status().messageKey()))
                .setHeader(getTranslation("attendance.field.status"));
        grid.addColumn(a -> a.representativeName() == null ? "" : a.representativeName()
                + (a.representativePosition() == null ? "" : ", " + a.representativePosition()))
                .setHeader(getTranslation("attendance.field.representative")).setFlexGrow(2);
        grid.addColumn(a -> getTranslation(a.connected() ? "value.yes" : "value.no"))
                .setHeader(getTranslation("attendance.field.connected")).setAutoWidth(true);
        grid.addColumn(a -> reply(agencyReplies.get(a.agencyId()))).setHeader(getTranslation("attendance.field.reply")).setFlexGrow(2);
        memberReplies.addClassName("member-replies");
        HorizontalLayout bulk = Toolbars.of(export());
        add(bulk);
        if (canEdit) {
            grid.addComponentColumn(a -> {
                Button edit = new Button(VaadinIcon.EDIT.create(), click -> editor(a).open());
                edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                edit.setAriaLabel(getTranslation("action.edit"));
                return edit;
            }).setAutoWidth(true).setFlexGrow(0);
            Button provinces = new Button(getTranslation("attendance.action.allProvincesConnected"),
                    click -> setGroup(AgencyGroup.PROVINCES));
            Button ministries = new Button(getTranslation("attendance.action.allMinistriesConnected"),
                    click -> setGroup(AgencyGroup.MINISTRIES));
            bulk.add(provinces, ministries);
        }
        add(grid, memberReplies);
        refresh();
    }

    /** "Tham dự — chuyenvien.caobang, 05/12/2026 09:12": the agency's latest answer to the invitation, if any. */
    private String reply(InvitationReply reply) {
        return reply == null ? "" : getTranslation(reply.answer().messageKey()) + " — " + reply.username() + ", "
                + Formats.DATE_TIME.format(reply.repliedAt().atZone(PortalTime.ZONE));
    }

    /** The attendance as the grid lists it, one agency a row, when the link is followed. */
    private Anchor export() {
        Locale locale = getLocale();
        String notRecorded = getTranslation("attendance.notRecorded");
        String yes = getTranslation("value.yes");
        String no = getTranslation("value.no");
        Map<AttendanceStatus, String> statuses = new EnumMap<>(AttendanceStatus.class);
        for (AttendanceStatus value : AttendanceStatus.values()) {
            statuses.put(value, getTranslation(value.messageKey()));
        }
        Map<AgencyGroup, String> groups = new EnumMap<>(AgencyGroup.class);
        for (AgencyGroup value : AgencyGroup.values()) {
            groups.put(value, getTranslation(value.messageKey()));
        }
        List<Column<Attendance>> columns = List.of(
                Column.text(getTranslation("attendance.field.agency"), 40, a -> a.agency().in(locale)),
                Column.text(getTranslation("attendance.field.group"), 24, a -> groups.get(a.group())),
                Column.text(getTranslation("attendance.field.status"), 20, a -> a.status() == null ? notRecorded : statuses.get(a.status())),
                Column.text(getTranslation("attendance.field.representativeName"), 28, Attendance::representativeName),
                Column.text(getTranslation("attendance.field.representativePosition"), 28, Attendance::representativePosition),
                Column.text(getTranslation("attendance.field.connected"), 14, a -> a.connected() ? yes : no));
        return ExportLink.of(this, () -> "diem-danh-phien-hop-" + sessionId, getTranslation("session.tab.attendance"), columns, () -> {
            List<Attendance> rows = attendance.list(sessionId);
            return sink -> rows.forEach(sink);
        });
    }

    private void setGroup(AgencyGroup group) {
        FieldErrors errors = new FieldErrors(this);
        int[] count = new int[1];
        if (errors.attempt(() -> count[0] = attendance.recordForGroup(sessionId, group, AttendanceStatus.PRESENT, true))) {
            Messages.success(this, "attendance.groupRecorded", count[0]);
            refresh();
        }
    }

    private Dialog editor(Attendance current) {
        Dialog dialog = new Dialog(current.agency().in(getLocale()));
        ComboBox<AttendanceStatus> status = new ComboBox<>(getTranslation("attendance.field.status"));
        status.setItems(AttendanceStatus.values());
        status.setItemLabelGenerator(value -> getTranslation(value.messageKey()));
        status.setValue(current.status());
        TextField name = new TextField(getTranslation("attendance.field.representativeName"));
        TextField position = new TextField(getTranslation("attendance.field.representativePosition"));
        name.setValue(current.representativeName() == null ? "" : current.representativeName());
        position.setValue(current.representativePosition() == null ? "" : current.representativePosition());
        Checkbox connected = new Checkbox(getTranslation("attendance.field.connected"), current.connected());
        dialog.add(new FormLayout(status, connected, name, position));
        FieldErrors errors = new FieldErrors(this).bind("status", status).bind("representativeName", name);
        Dialogs.footer(dialog, "action.save", () -> {
            AttendanceChange change = new AttendanceChange(current.agencyId(), status.getValue(), name.getValue(),
                    position.getValue(), connected.getValue());
            boolean saved = errors.attempt(() -> attendance.record(sessionId, change));
            refresh();
            return saved;
        });
        return dialog;
    }

    private void refresh() {
        List<InvitationReply> replies = invitations.replies(sessionId);
        agencyReplies = replies.stream().filter(reply -> reply.agencyId() != null)
                .collect(Collectors.toMap(InvitationReply::agencyId, reply -> reply, (first, later) -> later));
        List<String> members = replies.stream().filter(reply -> reply.agencyId() == null).map(this::reply).toList();
        memberReplies.setText(members.isEmpty() ? "" : getTranslation("attendance.memberReplies", String.join("; ", members)));
        grid.setItems(attendance.list(sessionId));
    }
}
