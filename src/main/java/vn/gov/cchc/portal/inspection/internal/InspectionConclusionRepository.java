package vn.gov.cchc.portal.inspection.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface InspectionConclusionRepository extends JpaRepository<InspectionConclusion, Long> {

    List<InspectionConclusion> findByInspectionIdOrderByVersionNoDesc(long inspectionId);
}
