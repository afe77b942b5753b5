package vn.gov.cchc.portal.session.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ConclusionRepository extends JpaRepository<ConclusionEntry, Long> {

    List<ConclusionEntry> findBySessionIdOrderByNumberAsc(long sessionId);

    @Query("select coalesce(max(c.number), 0) from ConclusionEntry c where c.sessionId = :sessionId")
    int maxNumber(@Param("sessionId") long sessionId);
}
