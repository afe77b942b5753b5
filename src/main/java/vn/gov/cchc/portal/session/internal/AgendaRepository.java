package vn.gov.cchc.portal.session.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AgendaRepository extends JpaRepository<AgendaEntry, Long> {

    List<AgendaEntry> findBySessionIdOrderByPositionAsc(long sessionId);
}
