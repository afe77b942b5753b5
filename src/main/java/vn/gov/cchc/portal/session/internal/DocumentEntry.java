package vn.gov.cchc.portal.session.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import vn.gov.cchc.portal.session.SessionDocument;
import vn.gov.cchc.portal.storage.StoredFile;

/** A document of a session; the bytes live in the file store. Never edited, only removed. */
@Entity
@Audited
@Table(name = "session_document")
public class DocumentEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "session_id", nullable = false)
    private long sessionId;

    @Embedded
    private StoredFile file;

    protected DocumentEntry() {
    }

    public DocumentEntry(long sessionId, StoredFile file) {
        this.sessionId = sessionId;
        this.file = file;
    }

    public SessionDocument toDocument() {
        return new SessionDocument(id, file.getFileName(), file.getKind(), file.getSize(), file.getSha256(),
                file.getUploadedBy(), file.getUploadedAt());
    }

    public Long getId() {
        return id;
    }

    public long getSessionId() {
        return sessionId;
    }

    public StoredFile getFile() {
        return file;
    }
}
