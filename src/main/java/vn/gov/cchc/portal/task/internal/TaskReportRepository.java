package vn.gov.cchc.portal.task.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TaskReportRepository extends JpaRepository<TaskReport, Long> {

    List<TaskReport> findByTaskIdOrderByIdDesc(long taskId);
}
