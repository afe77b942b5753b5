package vn.gov.cchc.portal.notification.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.gov.cchc.portal.notification.NotificationItem;
import vn.gov.cchc.portal.notification.NotificationKind;

@Entity
@Table(name = "notification")
public class Notification {

    /** From a sequence in blocks of 50 (V13), so that many notifications are inserted in batches. */
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_seq")
    @SequenceGenerator(name = "notification_seq", sequenceName = "notification_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = 64)
    private String username;

    /** The task or the reporting round, as the kind says. */
    @Column(name = "subject_id", nullable = false)
    private long subjectId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private NotificationKind kind;

    @Column(nullable = false, length = 500)
    private String title;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    @Column(name = "dedup_key", length = 128)
    private String dedupKey;

    protected Notification() {
    }

    public Notification(String username, long subjectId, NotificationKind kind, String title, Instant createdAt,
            String dedupKey) {
        this.username = username;
        this.subjectId = subjectId;
        this.kind = kind;
        this.title = title.length() > 500 ? title.substring(0, 500) : title;
        this.createdAt = createdAt;
        this.dedupKey = dedupKey;
    }

    public void markRead(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    public String getUsername() {
        return username;
    }

    public NotificationItem toItem() {
        return new NotificationItem(id, subjectId, kind, title, createdAt, readAt != null);
    }
}
