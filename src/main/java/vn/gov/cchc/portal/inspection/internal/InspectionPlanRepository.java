package vn.gov.cchc.portal.inspection.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface InspectionPlanRepository extends JpaRepository<InspectionPlan, Long> {

    List<InspectionPlan> findAllByOrderByYearDesc();

    boolean existsByYear(int year);
}
