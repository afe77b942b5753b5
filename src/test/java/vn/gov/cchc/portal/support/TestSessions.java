package vn.gov.cchc.portal.support;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;
import vn.gov.cchc.portal.security.SystemAuthentication;
import vn.gov.cchc.portal.session.SessionDetails;
import vn.gov.cchc.portal.session.SessionDraft;
import vn.gov.cchc.portal.session.SessionForm;
import vn.gov.cchc.portal.session.SessionKind;
import vn.gov.cchc.portal.session.SessionService;

/** Sessions with unique numbers in a test-only term, created through the real service. */
@Component
public class TestSessions {

    public static final String TERM = "TEST";
    private static final AtomicInteger NUMBER = new AtomicInteger(100);

    private final SessionService sessions;

    TestSessions(SessionService sessions) {
        this.sessions = sessions;
    }

    public SessionDraft draft(LocalDateTime startsAt) {
        return new SessionDraft(TERM, NUMBER.incrementAndGet(), "Phiên họp thử nghiệm về cải cách thủ tục hành chính",
                SessionKind.THEMATIC, startsAt, "Phó Thủ tướng", SessionForm.HYBRID, "Hà Nội",
                LocalDate.of(2024, 1, 1), LocalDate.of(2024, 6, 30), LocalDate.of(2024, 6, 20));
    }

    public SessionDetails create() {
        return SystemAuthentication.callAsSystem(() -> sessions.create(draft(LocalDateTime.of(2024, 7, 10, 8, 30))));
    }
}
