package vn.gov.cchc.portal.session;

import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.cchc.portal.common.ConcurrentEditException;
import vn.gov.cchc.portal.common.NotFoundException;
import vn.gov.cchc.portal.common.ValidationException;
import vn.gov.cchc.portal.security.Access;
import vn.gov.cchc.portal.session.internal.AgendaEntry;
import vn.gov.cchc.portal.session.internal.AgendaRepository;
import vn.gov.cchc.portal.session.internal.Sessions;

/** A session's ordered agenda. */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Access.AUTHENTICATED)
public class AgendaService {

    private final AgendaRepository agenda;
    private final Sessions sessions;
    private final ApplicationEventPublisher events;

    AgendaService(AgendaRepository agenda, Sessions sessions, ApplicationEventPublisher events) {
        this.agenda = agenda;
        this.sessions = sessions;
        this.events = events;
    }

    public List<AgendaItem> items(long sessionId) {
        sessions.require(sessionId);
        return agenda.findBySessionIdOrderByPositionAsc(sessionId).stream().map(AgendaEntry::toItem).toList();
    }

    @Transactional
    @PreAuthorize(Access.ADMIN_OR_SECRETARIAT)
    public AgendaItem add(long sessionId, AgendaItemDraft draft) {
        sessions.require(sessionId);
        validate(draft);
        int position = agenda.findBySessionIdOrderByPositionAsc(sessionId).size() + 1;
        AgendaItem item = agenda.saveAndFlush(new AgendaEntry(sessionId, position, draft)).toItem();
        events.publishEvent(new SessionContentChanged(sessionId));
        return item;
    }

    @Transactional
    @PreAuthorize(Access.ADMIN_OR_SECRETARIAT)
    public AgendaItem update(long itemId, long version, AgendaItemDraft draft) {
        AgendaEntry entry = require(itemId, version);
        validate(draft);
        entry.describe(draft);
        agenda.flush();
        events.publishEvent(new SessionContentChanged(entry.getSessionId()));
        return entry.toItem();
    }

    @Transactional
    @PreAuthorize(Access.ADMIN_OR_SECRETARIAT)
    public void remove(long itemId) {
        AgendaEntry entry = agenda.findById(itemId).orElseThrow(NotFoundException::new);
        agenda.delete(entry);
        agenda.flush();
        renumber(entry.getSessionId());
        events.publishEvent(new SessionContentChanged(entry.getSessionId()));
    }

    /** Moves an item up (negative) or down (positive) by one place. */
    @Transactional
    @PreAuthorize(Access.ADMIN_OR_SECRETARIAT)
    public List<AgendaItem> move(long itemId, int direction) {
        AgendaEntry entry = agenda.findById(itemId).orElseThrow(NotFoundException::new);
        List<AgendaEntry> items = new ArrayList<>(agenda.findBySessionIdOrderByPositionAsc(entry.getSessionId()));
        int from = items.indexOf(entry);
        int to = from + Integer.signum(direction);
        if (to >= 0 && to < items.size()) {
            items.add(to, items.remove(from));
            applyOrder(items);
        }
        return items.stream().map(AgendaEntry::toItem).toList();
    }

    private void renumber(long sessionId) {
        applyOrder(agenda.findBySessionIdOrderByPositionAsc(sessionId));
    }

    private void applyOrder(List<AgendaEntry> items) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).getPosition() != i + 1) {
                items.get(i).moveTo(i + 1);
            }
        }
        agenda.flush();
    }

    private AgendaEntry require(long itemId, long version) {
        AgendaEntry entry = agenda.findById(itemId).orElseThrow(NotFoundException::new);
        if (entry.getVersion() != version) {
            throw new ConcurrentEditException();
        }
        return entry;
    }

    private static void validate(AgendaItemDraft draft) {
        if (draft.title() == null || draft.title().isBlank()) {
            throw new ValidationException("title", "validation.required");
        }
        if (draft.plannedMinutes() != null && (draft.plannedMinutes() < 1 || draft.plannedMinutes() > 600)) {
            throw new ValidationException("plannedMinutes", "agenda.validation.minutes");
        }
    }
}
