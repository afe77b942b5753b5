package vn.gov.cchc.portal.session;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.cchc.portal.agency.AgencyFilter;
import vn.gov.cchc.portal.agency.AgencyService;
import vn.gov.cchc.portal.agency.AgencySummary;
import vn.gov.cchc.portal.audit.AuditEntry;
import vn.gov.cchc.portal.audit.AuditLog;
import vn.gov.cchc.portal.common.Formats;
import vn.gov.cchc.portal.security.Access;
import vn.gov.cchc.portal.session.internal.AgendaEntry;
import vn.gov.cchc.portal.session.internal.AttendanceEntry;
import vn.gov.cchc.portal.session.internal.CommitteeSession;
import vn.gov.cchc.portal.session.internal.ConclusionEntry;
import vn.gov.cchc.portal.session.internal.DocumentEntry;
import vn.gov.cchc.portal.session.internal.Sessions;

/** Every change to a session and its parts: who, when, and each field before and after; newest first. */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Access.AUTHENTICATED)
public class SessionHistoryService {

    private final AuditLog auditLog;
    private final Sessions sessions;
    private final AgencyService agencies;

    SessionHistoryService(AuditLog auditLog, Sessions sessions, AgencyService agencies) {
        this.auditLog = auditLog;
        this.sessions = sessions;
        this.agencies = agencies;
    }

    public List<AuditEntry> history(long sessionId) {
        sessions.require(sessionId);
        Map<Long, String> agencyNames = agencies.list(AgencyFilter.all()).stream()
                .collect(Collectors.toMap(AgencySummary::id, AgencySummary::nameVi));
        List<AuditEntry> entries = new ArrayList<>();
        entries.addAll(auditLog.history(CommitteeSession.class, "id", sessionId, "audit.subject.session",
                CommitteeSession::getId, s -> "#" + s.getNumber(), SessionHistoryService::fields));
        entries.addAll(auditLog.history(AgendaEntry.class, "sessionId", sessionId, "audit.subject.agendaItem",
                AgendaEntry::getId, AgendaEntry::getTitle, SessionHistoryService::fields));
        entries.addAll(auditLog.history(AttendanceEntry.class, "sessionId", sessionId, "audit.subject.attendance",
                AttendanceEntry::getId, a -> agencyNames.getOrDefault(a.getAgencyId(), "#" + a.getAgencyId()), SessionHistoryService::fields));
        entries.addAll(auditLog.history(DocumentEntry.class, "sessionId", sessionId, "audit.subject.document",
                DocumentEntry::getId, d -> d.getFile().getFileName(), SessionHistoryService::fields));
        entries.addAll(auditLog.history(ConclusionEntry.class, "sessionId", sessionId, "audit.subject.conclusion",
                ConclusionEntry::getId, c -> String.valueOf(c.getNumber()), SessionHistoryService::fields));
        entries.sort(Comparator.comparing(AuditEntry::at).reversed());
        return entries;
    }

    private static Map<String, String> fields(CommitteeSession s) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("session.field.term", s.getTerm());
        fields.put("session.field.number", String.valueOf(s.getNumber()));
        fields.put("session.field.title", s.getTitle());
        fields.put("session.field.kind", AuditEntry.key(s.getKind().messageKey()));
        fields.put("session.field.startsAt", s.getStartsAt() == null ? null : Formats.DATE_TIME.format(s.getStartsAt()));
        fields.put("session.field.chair", s.getChair());
        fields.put("session.field.form", AuditEntry.key(s.getForm().messageKey()));
        fields.put("session.field.hostLocation", s.getHostLocation());
        fields.put("session.field.periodFrom", Formats.date(s.getPeriodFrom()));
        fields.put("session.field.periodTo", Formats.date(s.getPeriodTo()));
        fields.put("session.field.cutoffDate", Formats.date(s.getCutoffDate()));
        fields.put("session.field.status", AuditEntry.key(s.getStatus().messageKey()));
        fields.put("session.field.cancelReason", s.getCancelReason());
        fields.put("session.field.noticeNumber", s.getNoticeNumber());
        fields.put("session.field.noticeDate", Formats.date(s.getNoticeDate()));
        fields.put("session.field.noticeSigner", s.getNoticeSigner());
        return fields;
    }

    private static Map<String, String> fields(AgendaEntry item) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("agenda.field.position", String.valueOf(item.getPosition()));
        fields.put("agenda.field.title", item.getTitle());
        fields.put("agenda.field.presenter", item.getPresenter());
        fields.put("agenda.field.plannedMinutes", item.getPlannedMinutes() == null ? null : item.getPlannedMinutes().toString());
        return fields;
    }

    private static Map<String, String> fields(AttendanceEntry entry) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("attendance.field.status", entry.getStatus() == null ? null : AuditEntry.key(entry.getStatus().messageKey()));
        fields.put("attendance.field.representativeName", entry.getRepresentativeName());
        fields.put("attendance.field.representativePosition", entry.getRepresentativePosition());
        fields.put("attendance.field.connected", AuditEntry.key(entry.isConnected() ? "value.yes" : "value.no"));
        return fields;
    }

    private static Map<String, String> fields(DocumentEntry document) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("document.field.fileName", document.getFile().getFileName());
        fields.put("document.field.size", Formats.integer(document.getFile().getSize()));
        fields.put("document.field.sha256", document.getFile().getSha256());
        return fields;
    }

    private static Map<String, String> fields(ConclusionEntry conclusion) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("conclusion.field.number", String.valueOf(conclusion.getNumber()));
        fields.put("conclusion.field.text", conclusion.getText());
        fields.put("conclusion.field.agendaItem", conclusion.getAgendaItemId() == null ? null : "#" + conclusion.getAgendaItemId());
        return fields;
    }
}
