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

/** The signed-in user's own notifications: nobody reads another user's. */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Access.AUTHENTICATED)
public class NotificationService {

    private static final int LATEST = 50;

    private final NotificationRepository notifications;
    private final CurrentUser currentUser;
    private final Clock clock;

    NotificationService(NotificationRepository notifications, CurrentUser currentUser, Clock clock) {
        this.notifications = notifications;
        this.currentUser = currentUser;
        this.clock = clock;
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
