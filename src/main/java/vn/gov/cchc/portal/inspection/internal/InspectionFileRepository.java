package vn.gov.cchc.portal.inspection.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface InspectionFileRepository extends JpaRepository<InspectionFile, Long> {

    List<InspectionFile> findByInspectionIdOrderByIdAsc(long inspectionId);
}
