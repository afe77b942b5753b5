package vn.gov.cchc.portal.agency.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AgencyAliasRepository extends JpaRepository<AgencyAlias, Long> {

    List<AgencyAlias> findByAgencyIdOrderByAlias(long agencyId);

    /** The alias as the database compares it: tone marks and case aside. */
    boolean existsByAgencyIdAndAlias(long agencyId, String alias);

    long deleteByAgencyIdAndAlias(long agencyId, String alias);
}
