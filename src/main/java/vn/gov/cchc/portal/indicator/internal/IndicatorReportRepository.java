package vn.gov.cchc.portal.indicator.internal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface IndicatorReportRepository extends JpaRepository<IndicatorReport, Long> {

    /** Every revision of the round's reports with their values, in one query; the latest of each agency first. */
    @Query("""
            select distinct r from IndicatorReport r left join fetch r.values
            where r.roundId = :roundId order by r.agencyId, r.revision desc
            """)
    List<IndicatorReport> findWithValues(@Param("roundId") long roundId);

    /** Each report's agency and state (no values), the latest revision of each agency first: for counting. */
    @Query("select r.agencyId, r.state from IndicatorReport r where r.roundId = :roundId order by r.agencyId, r.revision desc")
    List<Object[]> findStates(@Param("roundId") long roundId);

    List<IndicatorReport> findByRoundIdAndAgencyIdOrderByRevisionDesc(long roundId, long agencyId);

    /** The agency's accepted reports of rounds cut off before the date (its history), newest revision first. */
    @Query("""
            select p from IndicatorReport p, ReportingRound r
            where p.roundId = r.id and p.agencyId = :agencyId and p.state = vn.gov.cchc.portal.indicator.ReportState.ACCEPTED
              and r.cutoff < :before
            order by r.cutoff desc, p.revision desc
            """)
    List<IndicatorReport> findAcceptedBefore(@Param("agencyId") long agencyId, @Param("before") LocalDate before);
}
