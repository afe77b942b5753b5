package vn.gov.cchc.portal.inspection.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import vn.gov.cchc.portal.inspection.InspectionState;

public interface InspectionRepository extends JpaRepository<Inspection, Long> {

    List<Inspection> findByPlanIdOrderByPlannedMonthAscIdAsc(long planId);

    List<Inspection> findByAgencyIdAndStateOrderByIdDesc(long agencyId, InspectionState state);

    /** The inspections whose team names the user. */
    @Query("select distinct i from Inspection i join i.members m where m.username = :username order by i.id desc")
    List<Inspection> findWithMember(@Param("username") String username);
}
