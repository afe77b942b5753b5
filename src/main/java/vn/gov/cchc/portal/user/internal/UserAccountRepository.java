package vn.gov.cchc.portal.user.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    boolean existsByUsername(String username);

    @Query("select count(u) from UserAccount u join u.roles r where u.enabled = true and r = vn.gov.cchc.portal.security.Role.ADMIN")
    long countEnabledAdministrators();

    @Query("select distinct u from UserAccount u left join fetch u.roles order by u.username")
    List<UserAccount> findAllWithRoles();
}
