package vn.gov.cchc.portal.indicator.internal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface IndicatorVersionRepository extends JpaRepository<IndicatorVersion, Long> {

    /** Each indicator's version in force on the date: the latest that starts on or before it. */
    @Query("""
            select v from IndicatorVersion v
            where v.validFrom = (select max(w.validFrom) from IndicatorVersion w where w.code = v.code and w.validFrom <= :on)
            order by v.position
            """)
    List<IndicatorVersion> findInForceOn(@Param("on") LocalDate on);

    List<IndicatorVersion> findByCodeOrderByValidFromDesc(String code);

    @Query("select coalesce(max(v.position), 0) from IndicatorVersion v")
    int findLastPosition();
}
