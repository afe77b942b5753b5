package vn.gov.cchc.portal.api.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.cchc.portal.api.internal.ApiBodies.ConclusionItem;
import vn.gov.cchc.portal.api.internal.ApiBodies.SessionItem;
import vn.gov.cchc.portal.security.Access;
import vn.gov.cchc.portal.session.ConclusionService;
import vn.gov.cchc.portal.session.SessionFilter;
import vn.gov.cchc.portal.session.SessionService;

/** {@code GET /api/v1/sessions} and a session's conclusion paragraphs, which tasks are assigned from. */
@RestController
@RequestMapping(value = "/api/v1/sessions", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Sessions", description = "The committee's sessions and their conclusions")
class SessionsApi {

    private final SessionService sessions;
    private final ConclusionService conclusions;

    SessionsApi(SessionService sessions, ConclusionService conclusions) {
        this.sessions = sessions;
        this.conclusions = conclusions;
    }

    @GetMapping
    @PreAuthorize(Access.API_READ_TASKS)
    @Operation(summary = "Every session, the latest first")
    List<SessionItem> list() {
        return sessions.list(SessionFilter.all()).stream().map(session -> new SessionItem(session.id(), session.term(),
                session.number(), session.title(), session.kind().name(), session.startsAt(), session.form().name(),
                session.status().name(), session.cutoffDate())).toList();
    }

    @GetMapping("/{id}/conclusions")
    @PreAuthorize(Access.API_READ_TASKS)
    @Operation(summary = "A session's numbered conclusion paragraphs")
    List<ConclusionItem> conclusions(@PathVariable long id) {
        sessions.get(id);
        return conclusions.list(id).stream().map(conclusion -> new ConclusionItem(conclusion.id(), conclusion.number(),
                conclusion.text(), conclusion.agendaItemTitle())).toList();
    }
}
