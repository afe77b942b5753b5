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

    @Query("select u.username from UserAccount u where u.enabled = true and u.agencyId = :agencyId order by u.username")
    List<String> findEnabledUsernamesOfAgency(@org.springframework.data.repository.query.Param("agencyId") long agencyId);

    @Query("select u.username from UserAccount u join u.roles r where u.enabled = true and r = :role order by u.username")
    List<String> findEnabledUsernamesWithRole(@org.springframework.data.repository.query.Param("role") vn.gov.cchc.portal.security.Role role);

    @Query("select distinct u from UserAccount u left join fetch u.roles order by u.username")
    List<UserAccount> findAllWithRoles();
}
