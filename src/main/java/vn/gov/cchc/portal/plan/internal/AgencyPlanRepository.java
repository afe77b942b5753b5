package vn.gov.cchc.portal.plan.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AgencyPlanRepository extends JpaRepository<AgencyPlan, Long> {

    List<AgencyPlan> findByAgencyIdOrderByYearDescSequenceAsc(long agencyId);

    List<AgencyPlan> findByAgencyIdAndYearOrderBySequenceAsc(long agencyId, int year);

    List<AgencyPlan> findByYearOrderByAgencyIdAscSequenceAsc(int year);
}
