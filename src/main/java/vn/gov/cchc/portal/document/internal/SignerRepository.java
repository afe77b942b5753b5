package vn.gov.cchc.portal.document.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SignerRepository extends JpaRepository<SignerEntry, Long> {

    List<SignerEntry> findAllByOrderByValidFromDescNameAsc();
}
