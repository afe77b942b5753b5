package vn.gov.cchc.portal.indicator.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ReportingRoundRepository extends JpaRepository<ReportingRound, Long> {

    @Query("select distinct r from ReportingRound r order by r.cutoff desc, r.id desc")
    List<ReportingRound> findNewestFirst();

    @Query("select distinct r from ReportingRound r join r.agencyIds a where a = :agencyId order by r.cutoff desc, r.id desc")
    List<ReportingRound> findForAgency(@Param("agencyId") long agencyId);

    /** The latest cut-off of a round that asked for the indicator, if any did. */
    @Query("select max(r.cutoff) from ReportingRound r join r.indicatorCodes c where c = :code")
    Optional<LocalDate> findLastCutoffAsking(@Param("code") String code);
}
