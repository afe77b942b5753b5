package vn.gov.cchc.portal.task.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import vn.gov.cchc.portal.task.TaskState;

public interface TaskRepository extends JpaRepository<Task, Long> {

    List<Task> findByParentIdOrderByIdAsc(long parentId);

    List<Task> findByConclusionIdAndDirectiveFalseOrderByIdAsc(long conclusionId);

    @Query("""
            select distinct t from Task t left join t.supportAgencyIds s
            where t.directive = false and (t.leadAgencyId = :agencyId or s = :agencyId)
            """)
    List<Task> findForAgency(@Param("agencyId") long agencyId);

    @Query("select t from Task t where t.leadAgencyId = :agencyId and t.directive = false and t.state in :states")
    List<Task> findHeldBy(@Param("agencyId") long agencyId, @Param("states") List<TaskState> states);

    /** Tasks by id with their supporting agencies (a plan file's rows that name their task). */
    @Query("select distinct t from Task t left join fetch t.supportAgencyIds where t.id in :ids")
    List<Task> findWithSupport(@Param("ids") Collection<Long> ids);

    /** Tasks assigned by any of these documents, with their supporting agencies (a plan file's new rows). */
    @Query("select distinct t from Task t left join fetch t.supportAgencyIds where t.docNumber in :docNumbers")
    List<Task> findByDocNumbers(@Param("docNumbers") Collection<String> docNumbers);
}
