package vn.gov.cchc.portal.session;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
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
import vn.gov.cchc.portal.session.internal.ConclusionEntry;
import vn.gov.cchc.portal.session.internal.ConclusionRepository;
import vn.gov.cchc.portal.session.internal.Sessions;

/** The numbered conclusion paragraphs of a session, each optionally tied to the agenda item it concludes. */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Access.AUTHENTICATED)
public class ConclusionService {

    private static final int MAX_TEXT = 4000;

    private final ConclusionRepository conclusions;
    private final AgendaRepository agenda;
    private final Sessions sessions;
    private final ApplicationEventPublisher events;

    ConclusionService(ConclusionRepository conclusions, AgendaRepository agenda, Sessions sessions, ApplicationEventPublisher events) {
        this.conclusions = conclusions;
        this.agenda = agenda;
        this.sessions = sessions;
        this.events = events;
    }

    public List<Conclusion> list(long sessionId) {
        sessions.require(sessionId);
        Map<Long, AgendaEntry> items = agendaOf(sessionId);
        return conclusions.findBySessionIdOrderByNumberAsc(sessionId).stream()
                .map(entry -> toConclusion(entry, items)).toList();
    }

    public Conclusion get(long conclusionId) {
        ConclusionEntry entry = conclusions.findById(conclusionId).orElseThrow(NotFoundException::new);
        return toConclusion(entry, agendaOf(entry.getSessionId()));
    }

    @Transactional
    @PreAuthorize(Access.ADMIN_OR_SECRETARIAT)
    public Conclusion add(long sessionId, ConclusionDraft draft) {
        sessions.require(sessionId);
        validate(sessionId, draft);
        ConclusionEntry entry = conclusions.saveAndFlush(new ConclusionEntry(sessionId,
                conclusions.maxNumber(sessionId) + 1, draft.text(), draft.agendaItemId()));
        events.publishEvent(new SessionContentChanged(sessionId));
        return toConclusion(entry, agendaOf(sessionId));
    }

    @Transactional
    @PreAuthorize(Access.ADMIN_OR_SECRETARIAT)
    public Conclusion update(long conclusionId, long version, ConclusionDraft draft) {
        ConclusionEntry entry = conclusions.findById(conclusionId).orElseThrow(NotFoundException::new);
        if (entry.getVersion() != version) {
            throw new ConcurrentEditException();
        }
        validate(entry.getSessionId(), draft);
        entry.describe(draft.text(), draft.agendaItemId());
        conclusions.flush();
        events.publishEvent(new SessionContentChanged(entry.getSessionId()));
        return toConclusion(entry, agendaOf(entry.getSessionId()));
    }

    @Transactional
    @PreAuthorize(Access.ADMIN_OR_SECRETARIAT)
    public void remove(long conclusionId) {
        ConclusionEntry entry = conclusions.findById(conclusionId).orElseThrow(NotFoundException::new);
        conclusions.delete(entry);
        conclusions.flush();
        events.publishEvent(new SessionContentChanged(entry.getSessionId()));
    }

    private void validate(long sessionId, ConclusionDraft draft) {
        if (draft.text() == null || draft.text().isBlank()) {
            throw new ValidationException("text", "validation.required");
        }
        if (draft.text().strip().length() > MAX_TEXT) {
            throw new ValidationException("text", "validation.tooLong", MAX_TEXT);
        }
        if (draft.agendaItemId() != null && !agendaOf(sessionId).containsKey(draft.agendaItemId())) {
            throw new ValidationException("agendaItem", "conclusion.validation.agendaItem");
        }
    }

    private Map<Long, AgendaEntry> agendaOf(long sessionId) {
        return agenda.findBySessionIdOrderByPositionAsc(sessionId).stream()
                .collect(Collectors.toMap(AgendaEntry::getId, Function.identity()));
    }

    private static Conclusion toConclusion(ConclusionEntry entry, Map<Long, AgendaEntry> items) {
        AgendaEntry item = entry.getAgendaItemId() == null ? null : items.get(entry.getAgendaItemId());
        return new Conclusion(entry.getId(), entry.getSessionId(), entry.getNumber(), entry.getText(),
                entry.getAgendaItemId(), item == null ? null : item.getTitle(), entry.getVersion());
    }
}
