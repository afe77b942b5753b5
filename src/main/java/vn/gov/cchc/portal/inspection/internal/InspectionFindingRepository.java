package vn.gov.cchc.portal.inspection.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import vn.gov.cchc.portal.inspection.FindingKind;

public interface InspectionFindingRepository extends JpaRepository<InspectionFinding, Long> {

    List<InspectionFinding> findByInspectionIdOrderByKindAscNumberAsc(long inspectionId);

    @Query("select coalesce(max(f.number), 0) from InspectionFinding f where f.inspectionId = :inspection and f.kind = :kind")
    int findLastNumber(@Param("inspection") long inspectionId, @Param("kind") FindingKind kind);
}
