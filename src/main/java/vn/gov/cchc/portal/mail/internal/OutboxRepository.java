package vn.gov.cchc.portal.mail.internal;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import vn.gov.cchc.portal.mail.MailKind;

public interface OutboxRepository extends JpaRepository<OutboxMessage, Long> {

    /** The queued mails due by {@code now}, the oldest first. */
    @Query("select m.id from OutboxMessage m where m.state = vn.gov.cchc.portal.mail.MailState.QUEUED and m.nextAttemptAt <= :now order by m.id")
    List<Long> findDue(@Param("now") Instant now, Pageable page);

    @Query("select m from OutboxMessage m order by m.id desc")
    List<OutboxMessage> findNewest(Pageable page);

    boolean existsByUsernameAndKindAndRelatedTypeAndRelatedId(String username, MailKind kind,
            String relatedType, Long relatedId);

    @Query("select m.username from OutboxMessage m where m.kind = :kind and m.relatedType = :relatedType and m.relatedId = :relatedId and m.username is not null")
    List<String> findUsernames(@Param("kind") MailKind kind, @Param("relatedType") String relatedType,
            @Param("relatedId") Long relatedId);

    /** The mails sent to the address, the latest first (a delivery failure report concerns the latest). */
    @Query("select m from OutboxMessage m where lower(m.recipient) = :recipient and m.state = vn.gov.cchc.portal.mail.MailState.SENT order by m.sentAt desc, m.id desc")
    List<OutboxMessage> findLatestSentTo(@Param("recipient") String recipient, Pageable page);
}
