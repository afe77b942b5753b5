package vn.gov.cchc.portal.task;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.cchc.portal.security.Access;
import vn.gov.cchc.portal.task.internal.ProgressFactsQuery;
import vn.gov.cchc.portal.task.internal.TaskReadAccess;

/**
 * The open tasks of a day as their history stood that day (for the early-warning rule). Central readers read every
 * agency's or the one they name; an agency user only its own agency's, whatever it names.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Access.AUTHENTICATED)
public class ProgressFactsService {

    private final ProgressFactsQuery query;
    private final TaskReadAccess access;

    ProgressFactsService(ProgressFactsQuery query, TaskReadAccess access) {
        this.query = query;
        this.access = access;
    }

    /** The tasks open on the day with a deadline not yet passed, of the agency (all agencies: null, central readers). */
    public List<ProgressFacts> openOn(LocalDate day, @Nullable Long agencyId) {
        if (access.centralReader()) {
            return query.openOn(day, agencyId, null);
        }
        Long own = access.ownAgency();
        return own == null ? List.of() : query.openOn(day, own, null);
    }

    /** One task's facts on the day, if it is open then with its deadline ahead; "not found" for a task one may not read. */
    public Optional<ProgressFacts> ofTask(long taskId, LocalDate day) {
        access.readable(taskId);
        return query.openOn(day, null, taskId).stream().findFirst();
    }
}
