package vn.gov.cchc.portal.task.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface TaskSpanRepository extends JpaRepository<TaskSpanEntry, Long> {

    @Modifying
    @Query("delete from TaskSpanEntry s where s.taskId = :taskId")
    void deleteByTaskId(@Param("taskId") long taskId);

    @Query("select s from TaskSpanEntry s where s.taskId in :taskIds order by s.taskId, s.fromDate")
    List<TaskSpanEntry> findByTaskIds(@Param("taskIds") Collection<Long> taskIds);
}
