package vn.gov.cchc.portal.agency.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import vn.gov.cchc.portal.agency.AgencyKind;

public interface AgencyRepository extends JpaRepository<Agency, Long> {

    @Query("""
            select a from Agency a left join fetch a.successor
            where a.kind in :kinds
              and (cast(:date as LocalDate) is null
                   or ((a.validFrom is null or a.validFrom <= :date) and (a.validTo is null or a.validTo >= :date)))
            order by a.kind, a.nameVi
            """)
    List<Agency> findByKindsActiveOn(@Param("kinds") Collection<AgencyKind> kinds, @Param("date") @Nullable LocalDate date);

    @Query("select a from Agency a left join fetch a.successor where a.id = :id")
    Optional<Agency> findWithSuccessor(@Param("id") long id);

    @Query("select a from Agency a left join fetch a.successor where a.successor.id = :id order by a.nameVi")
    List<Agency> findPredecessors(@Param("id") long id);

    Optional<Agency> findByCode(String code);

    boolean existsByCode(String code);
}
