package vn.gov.cchc.portal.plan.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PlanCallRepository extends JpaRepository<PlanCall, Integer> {
}
