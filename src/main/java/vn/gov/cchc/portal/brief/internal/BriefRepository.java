package vn.gov.cchc.portal.brief.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface BriefRepository extends JpaRepository<Brief, Long> {

    @Query("select coalesce(max(b.versionNo), 0) from Brief b where b.sessionId = :sessionId")
    int maxVersion(@Param("sessionId") long sessionId);

    List<Brief> findAllByOrderBySessionIdDescVersionNoDesc();
}
