package vn.gov.cchc.portal.task.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TaskContributionRepository extends JpaRepository<TaskContribution, Long> {

    List<TaskContribution> findByTaskIdOrderByIdAsc(long taskId);
}
