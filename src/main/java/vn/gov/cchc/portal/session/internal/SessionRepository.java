package vn.gov.cchc.portal.session.internal;

import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import vn.gov.cchc.portal.session.SessionStatus;

public interface SessionRepository extends JpaRepository<CommitteeSession, Long> {

    @Query("""
            select s from CommitteeSession s
            where (cast(:from as LocalDateTime) is null or s.startsAt >= :from)
              and (cast(:to as LocalDateTime) is null or s.startsAt < :to)
              and (:status is null or s.status = :status)
            order by s.startsAt desc, s.number desc
            """)
    List<CommitteeSession> search(@Param("from") @Nullable LocalDateTime from, @Param("to") @Nullable LocalDateTime to,
            @Param("status") @Nullable SessionStatus status);

    boolean existsByTermAndNumber(String term, int number);

    boolean existsByTermAndNumberAndIdNot(String term, int number, long id);

    @Query("select distinct year(s.startsAt) from CommitteeSession s order by 1 desc")
    List<Integer> years();
}
