package vn.gov.cchc.portal.task.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TaskEvidenceRepository extends JpaRepository<TaskEvidence, Long> {

    List<TaskEvidence> findByTaskIdOrderByIdAsc(long taskId);
}
