package vn.gov.cchc.portal.session;

import org.springframework.context.ApplicationEventPublisher;
import java.time.Clock;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.cchc.portal.common.FileContent;
import vn.gov.cchc.portal.common.NotFoundException;
import vn.gov.cchc.portal.security.Access;
import vn.gov.cchc.portal.security.CurrentUser;
import vn.gov.cchc.portal.session.internal.DocumentEntry;
import vn.gov.cchc.portal.session.internal.DocumentRepository;
import vn.gov.cchc.portal.session.internal.Sessions;
import vn.gov.cchc.portal.storage.FileStore;
import vn.gov.cchc.portal.storage.IncomingFile;
import vn.gov.cchc.portal.storage.StoredFile;

/** Documents of a session (invitation, reports, slides): uploaded by the secretariat, read by everyone signed in. */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Access.AUTHENTICATED)
public class SessionDocumentService {

    private final ApplicationEventPublisher events;
    private final DocumentRepository documents;
    private final Sessions sessions;
    private final FileStore files;
    private final CurrentUser currentUser;
    private final Clock clock;

    SessionDocumentService(DocumentRepository documents, Sessions sessions, FileStore files, CurrentUser currentUser,
            Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.documents = documents;
        this.sessions = sessions;
        this.files = files;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    public List<SessionDocument> list(long sessionId) {
        sessions.require(sessionId);
        return documents.findBySessionIdOrderByIdAsc(sessionId).stream().map(DocumentEntry::toDocument).toList();
    }

    /** Checks the file's real type and size, stores it, and lists it; a refused file leaves nothing behind. */
    @Transactional
    @PreAuthorize(Access.ADMIN_OR_SECRETARIAT)
    public SessionDocument upload(long sessionId, IncomingFile file) {
        sessions.require(sessionId);
        StoredFile stored = files.store(file, currentUser.username().orElseThrow(), clock.instant());
        SessionDocument saved = documents.saveAndFlush(new DocumentEntry(sessionId, stored)).toDocument();
        events.publishEvent(new SessionContentChanged(sessionId));
        return saved;
    }

    public FileContent download(long documentId) {
        DocumentEntry entry = documents.findById(documentId).orElseThrow(NotFoundException::new);
        return files.content(entry.getFile());
    }

    @Transactional
    @PreAuthorize(Access.ADMIN_OR_SECRETARIAT)
    public void remove(long documentId) {
        DocumentEntry entry = documents.findById(documentId).orElseThrow(NotFoundException::new);
        documents.delete(entry);
        // the row's audit history keeps name and checksum; the bytes go once the removal is committed
        files.deleteAfterCommit(entry.getFile());
        events.publishEvent(new SessionContentChanged(entry.getSessionId()));
    }
}
