package vn.gov.cchc.portal.notification.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import vn.gov.cchc.portal.notification.NotificationKind;

public interface NotificationRepository extends JpaRepository<Notification, Long> {

    @Query("select count(n) from Notification n where n.username = :username and n.readAt is null")
    long countUnread(@Param("username") String username);

    @Query("select n from Notification n where n.username = :username order by n.id desc")
    List<Notification> latest(@Param("username") String username, Pageable page);

    boolean existsByUsernameAndDedupKey(String username, String dedupKey);

    /** Who had notifications of the kinds since the moment. */
    @Query("select distinct n.username from Notification n where n.createdAt >= :since and n.kind in :kinds order by n.username")
    List<String> findUsernamesSince(@Param("since") Instant since,
            @Param("kinds") Collection<NotificationKind> kinds);

    /** The notifications of the kinds made since the moment for those users, by user. */
    @Query("select n from Notification n where n.createdAt >= :since and n.kind in :kinds and n.username in :usernames order by n.username, n.id")
    List<Notification> findSince(@Param("since") Instant since,
            @Param("kinds") Collection<NotificationKind> kinds,
            @Param("usernames") Collection<String> usernames);
}
