package vn.gov.cchc.portal.notification;

import java.time.Clock;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.cchc.portal.common.NotFoundException;
import vn.gov.cchc.portal.notification.internal.Notification;
import vn.gov.cchc.portal.notification.internal.NotificationRepository;
import vn.gov.cchc.portal.security.Access;
import vn.gov.cchc.portal.security.CurrentUser;
import vn.gov.cchc.portal.user.UserDirectory;

/** The signed-in user's own notifications: nobody reads another user's. */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Access.AUTHENTICATED)
public class NotificationService {

    private static final int LATEST = 50;

    private final NotificationRepository notifications;
    private final CurrentUser currentUser;
    private final Clock clock;

    private final UserDirectory users;

    NotificationService(NotificationRepository notifications, CurrentUser currentUser, UserDirectory users, Clock clock) {
        this.notifications = notifications;
        this.currentUser = currentUser;
        this.users = users;
        this.clock = clock;
    }

    /** Whether the signed-in user gets a mail at once for each new assignment and decision. */
    public boolean immediateMail() {
        return users.immediateMail();
    }

    /** The signed-in user's choice of immediate mails; the daily digest of reminders is sent regardless. */
    @Transactional
    public void chooseImmediateMail(boolean immediate) {
        users.chooseImmediateMail(immediate);
    }

    public long unreadCount() {
        return notifications.countUnread(me());
    }

    public List<NotificationItem> latest() {
        return notifications.latest(me(), PageRequest.of(0, LATEST)).stream().map(Notification::toItem).toList();
    }

    @Transactional
    public void markRead(long notificationId) {
        Notification notification = notifications.findById(notificationId)
                .filter(n -> n.getUsername().equals(me())).orElseThrow(NotFoundException::new);
        notification.markRead(clock.instant());
    }

    private String me() {
        return currentUser.username().orElseThrow();
    }
}
