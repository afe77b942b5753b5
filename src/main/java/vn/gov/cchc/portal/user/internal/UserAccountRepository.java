package vn.gov.cchc.portal.user.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import vn.gov.cchc.portal.security.Role;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    boolean existsByUsername(String username);

    @Modifying
    @Query("update UserAccount u set u.lastSignedInAt = :at where u.username = :username")
    int recordSignIn(@Param("username") String username,
            @Param("at") Instant at);

    /** Enabled accounts that have never signed in, oldest first. */
    @Query("select u from UserAccount u where u.enabled = true and u.lastSignedInAt is null order by u.createdAt, u.id")
    List<UserAccount> neverSignedIn(Pageable page);

    @Query("select count(u) from UserAccount u where u.enabled = true and u.lastSignedInAt is null")
    long countNeverSignedIn();

    @Query("select count(u) from UserAccount u join u.roles r where u.enabled = true and r = vn.gov.cchc.portal.security.Role.ADMIN")
    long countEnabledAdministrators();

    @Query("select u.username from UserAccount u where u.enabled = true and u.agencyId = :agencyId order by u.username")
    List<String> findEnabledUsernamesOfAgency(@Param("agencyId") long agencyId);

    @Query("select u.username from UserAccount u join u.roles r where u.enabled = true and r = :role order by u.username")
    List<String> findEnabledUsernamesWithRole(@Param("role") Role role);

    @Query("select distinct u from UserAccount u left join fetch u.roles order by u.username")
    List<UserAccount> findAllWithRoles();

    @Query("select u.username, u.email from UserAccount u where u.enabled = true and u.email is not null and u.username in :usernames")
    List<Object[]> findEnabledEmails(@Param("usernames") Collection<String> usernames);

    /** Every enabled user of an agency with each of their roles, one row per role: username, agency, role. */
    @Query("select u.username, u.agencyId, r from UserAccount u join u.roles r where u.enabled = true and u.agencyId is not null")
    List<Object[]> findEnabledAgencyMembers();

    @Query("""
            select u.username, u.email from UserAccount u
            where u.enabled = true and u.immediateMail = true and u.email is not null""")
    List<Object[]> findImmediateEmails();

    Optional<UserAccount> findFirstByEmailIgnoreCaseAndEnabledTrue(String email);

    @Query("select u.username, u.language from UserAccount u where u.username in :usernames")
    List<Object[]> findLanguages(@Param("usernames") Collection<String> usernames);
}
