package vn.gov.cchc.portal.session.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import vn.gov.cchc.portal.session.AttendanceChange;
import vn.gov.cchc.portal.session.AttendanceStatus;

@Entity
@Audited
@Table(name = "session_attendance")
public class AttendanceEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "session_id", nullable = false)
    private long sessionId;

    @Column(name = "agency_id", nullable = false)
    private long agencyId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AttendanceStatus status;

    @Column(name = "representative_name")
    private String representativeName;

    @Column(name = "representative_position")
    private String representativePosition;

    @Column(nullable = false)
    private boolean connected;

    @Version
    private long version;

    protected AttendanceEntry() {
    }

    public AttendanceEntry(long sessionId, long agencyId) {
        this.sessionId = sessionId;
        this.agencyId = agencyId;
    }

    public void record(AttendanceChange change) {
        status = change.status();
        boolean represented = change.status() == AttendanceStatus.REPRESENTED;
        representativeName = represented ? change.representativeName().strip() : null;
        representativePosition = represented && change.representativePosition() != null
                ? change.representativePosition().strip() : null;
        connected = change.connected();
    }

    public Long getId() {
        return id;
    }

    public long getSessionId() {
        return sessionId;
    }

    public long getAgencyId() {
        return agencyId;
    }

    public AttendanceStatus getStatus() {
        return status;
    }

    public String getRepresentativeName() {
        return representativeName;
    }

    public String getRepresentativePosition() {
        return representativePosition;
    }

    public boolean isConnected() {
        return connected;
    }
}
