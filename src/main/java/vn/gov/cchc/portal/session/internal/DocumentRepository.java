package vn.gov.cchc.portal.session.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DocumentRepository extends JpaRepository<DocumentEntry, Long> {

    List<DocumentEntry> findBySessionIdOrderByIdAsc(long sessionId);
}
