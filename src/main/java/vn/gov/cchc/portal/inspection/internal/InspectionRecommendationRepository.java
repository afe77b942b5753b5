package vn.gov.cchc.portal.inspection.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface InspectionRecommendationRepository extends JpaRepository<InspectionRecommendation, Long> {

    List<InspectionRecommendation> findByInspectionIdOrderByNumberAsc(long inspectionId);

    List<InspectionRecommendation> findByInspectionIdIn(Collection<Long> inspectionIds);

    /** Those addressed to the agency that the secretariat has forwarded (what the addressee sees), newest first. */
    @Query("select r from InspectionRecommendation r where r.addresseeId = :agency and r.state <> vn.gov.cchc.portal.inspection.RecommendationState.RECORDED order by r.id desc")
    List<InspectionRecommendation> findForwardedTo(@Param("agency") long agencyId);

    @Query("select coalesce(max(r.number), 0) from InspectionRecommendation r where r.inspectionId = :inspection")
    int findLastNumber(@Param("inspection") long inspectionId);
}
