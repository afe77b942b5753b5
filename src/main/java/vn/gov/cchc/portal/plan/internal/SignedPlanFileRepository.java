package vn.gov.cchc.portal.plan.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SignedPlanFileRepository extends JpaRepository<SignedPlanFile, Long> {

    Optional<SignedPlanFile> findByPlanId(long planId);

    List<SignedPlanFile> findByPlanIdIn(Collection<Long> planIds);
}
