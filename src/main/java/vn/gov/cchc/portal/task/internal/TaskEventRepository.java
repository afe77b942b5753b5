package vn.gov.cchc.portal.task.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TaskEventRepository extends JpaRepository<TaskEventEntry, Long> {

    List<TaskEventEntry> findByTaskIdOrderByIdAsc(long taskId);
}
