package vn.gov.cchc.portal.session;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.cchc.portal.agency.AgencyFilter;
import vn.gov.cchc.portal.agency.AgencyGroup;
import vn.gov.cchc.portal.agency.AgencyService;
import vn.gov.cchc.portal.agency.AgencySummary;
import vn.gov.cchc.portal.common.ValidationException;
import vn.gov.cchc.portal.security.Access;
import vn.gov.cchc.portal.session.internal.AttendanceEntry;
import vn.gov.cchc.portal.session.internal.AttendanceRepository;
import vn.gov.cchc.portal.session.internal.CommitteeSession;
import vn.gov.cchc.portal.session.internal.Sessions;

/** Attendance per agency: the agencies active on the session's date, each present, absent or represented. */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Access.AUTHENTICATED)
public class AttendanceService {

    private final AttendanceRepository attendance;
    private final Sessions sessions;
    private final AgencyService agencies;

    AttendanceService(AttendanceRepository attendance, Sessions sessions, AgencyService agencies) {
        this.attendance = attendance;
        this.sessions = sessions;
        this.agencies = agencies;
    }

    /** Every agency active on the session's date, with what is recorded for it (status null when nothing is). */
    public List<Attendance> list(long sessionId) {
        CommitteeSession session = sessions.require(sessionId);
        Map<Long, AttendanceEntry> recorded = attendance.findBySessionId(sessionId).stream()
                .collect(Collectors.toMap(AttendanceEntry::getAgencyId, Function.identity()));
        return agencies.list(AgencyFilter.activeOn(session.getStartsAt().toLocalDate(), null)).stream()
                .map(agency -> toAttendance(agency, recorded.get(agency.id())))
                .toList();
    }

    @Transactional
    @PreAuthorize(Access.ADMIN_OR_SECRETARIAT)
    public void record(long sessionId, AttendanceChange change) {
        CommitteeSession session = sessions.require(sessionId);
        AgencySummary agency = activeAgencies(session).get(change.agencyId());
        if (agency == null) {
            throw new ValidationException("agency", "attendance.validation.agencyNotActive");
        }
        validate(change);
        apply(sessionId, change, existing(sessionId));
    }

    /** "All provinces connected": the same status for every agency of the group active on the session's date. */
    @Transactional
    @PreAuthorize(Access.ADMIN_OR_SECRETARIAT)
    public int recordForGroup(long sessionId, AgencyGroup group, AttendanceStatus status, boolean connected) {
        CommitteeSession session = sessions.require(sessionId);
        if (status == null || status == AttendanceStatus.REPRESENTED) {
            throw new ValidationException("status", "attendance.validation.groupStatus");
        }
        Map<Long, AttendanceEntry> existing = existing(sessionId);
        List<AgencySummary> members = activeAgencies(session).values().stream()
                .filter(agency -> agency.group() == group).toList();
        members.forEach(agency -> apply(sessionId, new AttendanceChange(agency.id(), status, null, null, connected), existing));
        return members.size();
    }

    private void apply(long sessionId, AttendanceChange change, Map<Long, AttendanceEntry> existing) {
        AttendanceEntry entry = existing.get(change.agencyId());
        if (entry == null) {
            entry = new AttendanceEntry(sessionId, change.agencyId());
        }
        entry.record(change);
        attendance.save(entry);
    }

    private Map<Long, AttendanceEntry> existing(long sessionId) {
        return attendance.findBySessionId(sessionId).stream()
                .collect(Collectors.toMap(AttendanceEntry::getAgencyId, Function.identity()));
    }

    private Map<Long, AgencySummary> activeAgencies(CommitteeSession session) {
        return agencies.list(AgencyFilter.activeOn(session.getStartsAt().toLocalDate(), null)).stream()
                .collect(Collectors.toMap(AgencySummary::id, Function.identity()));
    }

    private static void validate(AttendanceChange change) {
        if (change.status() == null) {
            throw new ValidationException("status", "validation.required");
        }
        if (change.status() == AttendanceStatus.REPRESENTED
                && (change.representativeName() == null || change.representativeName().isBlank())) {
            throw new ValidationException("representativeName", "attendance.validation.representativeRequired");
        }
    }

    private static Attendance toAttendance(AgencySummary agency, AttendanceEntry entry) {
        return entry == null
                ? new Attendance(agency.id(), agency.label(), agency.group(), null, null, null, false)
                : new Attendance(agency.id(), agency.label(), agency.group(), entry.getStatus(),
                        entry.getRepresentativeName(), entry.getRepresentativePosition(), entry.isConnected());
    }
}
