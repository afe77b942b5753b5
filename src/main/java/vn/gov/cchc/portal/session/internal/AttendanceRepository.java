package vn.gov.cchc.portal.session.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AttendanceRepository extends JpaRepository<AttendanceEntry, Long> {

    List<AttendanceEntry> findBySessionId(long sessionId);
}
