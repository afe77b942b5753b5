package vn.gov.cchc.portal.task;

import java.time.Clock;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.cchc.portal.common.Checks;
import vn.gov.cchc.portal.security.Access;
import vn.gov.cchc.portal.task.internal.AgencyTaskAccess;
import vn.gov.cchc.portal.task.internal.Task;
import vn.gov.cchc.portal.task.internal.TaskContribution;
import vn.gov.cchc.portal.task.internal.TaskContributionRepository;
import vn.gov.cchc.portal.task.internal.TaskWork;

/** The supporting agencies' notes on a task: read by the agencies on the task, written by a supporting agency. */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Access.AGENCY_USERS)
public class ContributionService {

    private final AgencyTaskAccess access;
    private final TaskContributionRepository contributions;
    private final TaskWork work;
    private final Clock clock;

    ContributionService(AgencyTaskAccess access, TaskContributionRepository contributions, TaskWork work, Clock clock) {
        this.access = access;
        this.contributions = contributions;
        this.work = work;
        this.clock = clock;
    }

    /** The notes, oldest first. */
    public List<Contribution> contributions(long taskId) {
        access.readable(taskId);
        return work.contributions(taskId);
    }

    /** A supporting agency's note on a task it helps with. */
    @Transactional
    public Contribution addContribution(long taskId, String note) {
        Task task = access.supported(taskId);
        new Checks().required("note", note).maxLength("note", note, 4000).throwIfAny();
        contributions.save(new TaskContribution(task.getId(), access.ownAgency(), access.actor(), note.strip(), clock.instant()));
        return work.contributions(taskId).getLast();
    }
}
