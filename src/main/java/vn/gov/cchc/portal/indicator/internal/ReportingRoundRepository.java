package vn.gov.cchc.portal.indicator.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ReportingRoundRepository extends JpaRepository<ReportingRound, Long> {

    @Query("select distinct r from ReportingRound r order by r.cutoff desc, r.id desc")
    List<ReportingRound> findNewestFirst();

    @Query("select distinct r from ReportingRound r join r.agencyIds a where a = :agencyId order by r.cutoff desc, r.id desc")
    List<ReportingRound> findForAgency(@Param("agencyId") long agencyId);
}
