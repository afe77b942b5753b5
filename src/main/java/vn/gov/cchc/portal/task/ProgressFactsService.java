package vn.gov.cchc.portal.task;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.cchc.portal.security.Access;
import vn.gov.cchc.portal.task.internal.ProgressFactsQuery;
import vn.gov.cchc.portal.task.internal.TaskReadAccess;

/**
 * The open tasks of a day as their history stood that day (for the early-warning rule; {@link TaskTimeline#factsOn}).
 * Central readers read every agency's or the one they name; an agency user only its own agency's, whatever it names.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Access.AUTHENTICATED)
public class ProgressFactsService {

    /** No agency: nothing to read (a user neither central nor of an agency). */
    private static final long NO_AGENCY = -1;

    private final ProgressFactsQuery query;
    private final TaskReadAccess access;

    ProgressFactsService(ProgressFactsQuery query, TaskReadAccess access) {
        this.query = query;
        this.access = access;
    }

    /**
     * The agency the current user reads the warning of when asking for {@code requested}: central readers the one
     * named (all: null), an agency user its own whatever it names.
     */
    public @Nullable Long agencyInScope(@Nullable Long requested) {
        if (access.centralReader()) {
            return requested;
        }
        Long own = access.ownAgency();
        return own == null ? NO_AGENCY : own;
    }

    /** The tasks open on the day with a deadline not yet passed, of the agency (all agencies: null, central readers). */
    public List<ProgressFacts> openOn(LocalDate day, @Nullable Long agencyId) {
        Long agency = agencyInScope(agencyId);
        return Objects.equals(agency, NO_AGENCY) ? List.of() : query.openOn(day, agency);
    }

    /** The named tasks' facts on the day, those open then with their deadline ahead and held by an agency in scope. */
    public List<ProgressFacts> of(Collection<Long> taskIds, LocalDate day) {
        Long agency = agencyInScope(null);
        return query.of(taskIds, day).stream().filter(task -> agency == null || agency == task.agencyId()).toList();
    }

    /** One task's facts on the day, if it is open then with its deadline ahead; "not found" for a task one may not read. */
    public Optional<ProgressFacts> ofTask(long taskId, LocalDate day) {
        access.readable(taskId);
        return query.of(List.of(taskId), day).stream().findFirst();
    }
}
