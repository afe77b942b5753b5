package vn.gov.cchc.portal.search.internal;

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
import vn.gov.cchc.portal.session.SessionService;

/**
 * Keeps sessions findable with their agenda items and conclusion paragraphs (every signed-in user reads them),
 * indexed again in the transaction of each change; a part opens its session.
 */
@Component
class SessionIndexer {

    private final SessionService sessions;
    private final AgendaService agenda;
    private final ConclusionService conclusions;
    private final SearchEntries entries;

    SessionIndexer(SessionService sessions, AgendaService agenda, ConclusionService conclusions, SearchEntries entries) {
        this.sessions = sessions;
        this.agenda = agenda;
        this.conclusions = conclusions;
        this.entries = entries;
    }

    @EventListener
    void on(SessionContentChanged change) {
        index(change.sessionId());
    }

    void index(long sessionId) {
        SystemAuthentication.runAsSystem(() -> {
            SessionDetails session = sessions.get(sessionId);
            List<SearchEntry> written = new ArrayList<>();
            String when = Formats.DATE_TIME.format(session.details().startsAt());
            written.add(SearchEntry.of(SearchKind.SESSION, session.id(), null, null, false, session.title(),
                    when + (session.details().chair() == null ? "" : " · " + session.details().chair())
                            + (session.details().hostLocation() == null ? "" : " · " + session.details().hostLocation()),
                    session.details().term()));
            for (AgendaItem item : agenda.items(sessionId)) {
                written.add(SearchEntry.of(SearchKind.AGENDA_ITEM, item.id(), sessionId, null, false, item.title(),
                        (item.presenter() == null ? "" : item.presenter() + " · ") + session.title()));
            }
            for (Conclusion conclusion : conclusions.list(sessionId)) {
                written.add(SearchEntry.of(SearchKind.CONCLUSION, conclusion.id(), sessionId, null, false,
                        session.title() + " — " + conclusion.number(), conclusion.text()));
            }
            entries.removeParts(sessionId);
            entries.put(written);
        });
    }
}
