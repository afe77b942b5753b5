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
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.hibernate.envers.Audited;
import vn.gov.cchc.portal.session.ConclusionNotice;
import vn.gov.cchc.portal.session.SessionDetails;
import vn.gov.cchc.portal.session.SessionDraft;
import vn.gov.cchc.portal.session.SessionForm;
import vn.gov.cchc.portal.session.SessionKind;
import vn.gov.cchc.portal.session.SessionStatus;
import vn.gov.cchc.portal.session.SessionSummary;

@Entity
@Audited
@Table(name = "committee_session")
public class CommitteeSession {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 16)
    private String term;

    @Column(nullable = false)
    private int number;

    @Column(nullable = false, length = 500)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private SessionKind kind;

    @Column(name = "starts_at", nullable = false)
    private LocalDateTime startsAt;

    private String chair;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private SessionForm form;

    @Column(name = "host_location")
    private String hostLocation;

    @Column(name = "period_from")
    private LocalDate periodFrom;

    @Column(name = "period_to")
    private LocalDate periodTo;

    @Column(name = "cutoff_date")
    private LocalDate cutoffDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private SessionStatus status = SessionStatus.PLANNED;

    @Column(name = "cancel_reason", length = 1000)
    private String cancelReason;

    @Column(name = "notice_number", length = 64)
    private String noticeNumber;

    @Column(name = "notice_date")
    private LocalDate noticeDate;

    @Column(name = "notice_signer")
    private String noticeSigner;

    @Version
    private long version;

    protected CommitteeSession() {
    }

    public CommitteeSession(SessionDraft draft) {
        describe(draft);
    }

    public void describe(SessionDraft draft) {
        term = draft.term().strip();
        number = draft.number();
        title = draft.title().strip();
        kind = draft.kind();
        startsAt = draft.startsAt();
        chair = blankToNull(draft.chair());
        form = draft.form();
        hostLocation = blankToNull(draft.hostLocation());
        periodFrom = draft.periodFrom();
        periodTo = draft.periodTo();
        cutoffDate = draft.cutoffDate();
    }

    public void markHeld() {
        status = SessionStatus.HELD;
    }

    public void conclude(ConclusionNotice notice) {
        recordNotice(notice);
        status = SessionStatus.CONCLUDED;
    }

    public void recordNotice(ConclusionNotice notice) {
        noticeNumber = blankToNull(notice.number());
        noticeDate = notice.date();
        noticeSigner = blankToNull(notice.signer());
    }

    public void cancel(String reason) {
        status = SessionStatus.CANCELLED;
        cancelReason = reason.strip();
    }

    public SessionDraft draft() {
        return new SessionDraft(term, number, title, kind, startsAt, chair, form, hostLocation, periodFrom, periodTo,
                cutoffDate);
    }

    public SessionDetails toDetails() {
        return new SessionDetails(id, draft(), status, cancelReason,
                new ConclusionNotice(noticeNumber, noticeDate, noticeSigner), version);
    }

    public SessionSummary toSummary() {
        return new SessionSummary(id, term, number, title, kind, startsAt, form, status, cutoffDate);
    }

    public Long getId() {
        return id;
    }

    public SessionStatus getStatus() {
        return status;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public String getTerm() {
        return term;
    }

    public int getNumber() {
        return number;
    }

    public String getTitle() {
        return title;
    }

    public String getChair() {
        return chair;
    }

    public SessionKind getKind() {
        return kind;
    }

    public SessionForm getForm() {
        return form;
    }

    public String getHostLocation() {
        return hostLocation;
    }

    public LocalDate getPeriodFrom() {
        return periodFrom;
    }

    public LocalDate getPeriodTo() {
        return periodTo;
    }

    public LocalDate getCutoffDate() {
        return cutoffDate;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public String getNoticeNumber() {
        return noticeNumber;
    }

    public LocalDate getNoticeDate() {
        return noticeDate;
    }

    public String getNoticeSigner() {
        return noticeSigner;
    }

    public long getVersion() {
        return version;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
