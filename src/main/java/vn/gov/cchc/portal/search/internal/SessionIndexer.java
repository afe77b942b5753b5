package vn.gov.cchc.portal.search.internal;

import vn.gov.cchc.portal.common.BeforeCommit;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.gov.cchc.portal.common.Formats;
import vn.gov.cchc.portal.search.SearchKind;
import vn.gov.cchc.portal.security.SystemAuthentication;
import vn.gov.cchc.portal.session.AgendaItem;
import vn.gov.cchc.portal.session.AgendaService;
import vn.gov.cchc.portal.session.Conclusion;
import vn.gov.cchc.portal.session.ConclusionService;
import vn.gov.cchc.portal.session.SessionContentChanged;
import vn.gov.cchc.portal.session.SessionDetails;
import vn.gov.cchc.portal.session.SessionDocumentService;
import vn.gov.cchc.portal.session.SessionService;

/**
 * Keeps sessions findable with their agenda items, conclusion paragraphs and documents (every signed-in user reads
 * them), indexed again just before each change commits; a part opens its session.
 */
@Component
class SessionIndexer {

    private final SessionService sessions;
    private final AgendaService agenda;
    private final ConclusionService conclusions;
    private final SessionDocumentService documents;
    private final DocumentIndexer documentIndexer;
    private final SearchEntries entries;

    SessionIndexer(SessionService sessions, AgendaService agenda, ConclusionService conclusions, SessionDocumentService documents,
            DocumentIndexer documentIndexer, SearchEntries entries) {
        this.sessions = sessions;
        this.agenda = agenda;
        this.conclusions = conclusions;
        this.documents = documents;
        this.documentIndexer = documentIndexer;
        this.entries = entries;
    }

    @EventListener
    void on(SessionContentChanged change) {
        BeforeCommit.gather(this, change.sessionId(), ids -> ids.forEach(this::index));
    }

    void index(long sessionId) {
        SystemAuthentication.runAsSystem(() -> {
            SessionDetails session = sessions.get(sessionId);
            List<SearchEntry> written = new ArrayList<>();
            String when = Formats.DATE_TIME.format(session.details().startsAt());
            written.add(SearchEntry.of(SearchKind.SESSION, session.id(), null, Readers.everyone(), session.title(),
                    when + (session.details().chair() == null ? "" : " · " + session.details().chair())
                            + (session.details().hostLocation() == null ? "" : " · " + session.details().hostLocation()),
                    session.details().term()));
            for (AgendaItem item : agenda.items(sessionId)) {
                written.add(SearchEntry.of(SearchKind.AGENDA_ITEM, item.id(), sessionId, Readers.everyone(), item.title(),
                        (item.presenter() == null ? "" : item.presenter() + " · ") + session.title()));
            }
            for (Conclusion conclusion : conclusions.list(sessionId)) {
                written.add(SearchEntry.of(SearchKind.CONCLUSION, conclusion.id(), sessionId, Readers.everyone(),
                        session.title() + " — " + conclusion.number(), conclusion.text()));
            }
            entries.removeParts(sessionId);
            entries.put(written);
            documentIndexer.index(SearchKind.SESSION_DOCUMENT, sessionId, documents.list(sessionId).stream()
                    .map(document -> new DocumentIndexer.Document(document.id(), document.fileName())).toList(),
                    Readers.everyone(), documents::download);
        });
    }
}
