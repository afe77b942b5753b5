package vn.gov.cchc.portal.session.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.gov.cchc.portal.agency.AgencyGroup;
import vn.gov.cchc.portal.security.SystemAuthentication;
import vn.gov.cchc.portal.session.AgendaItem;
import vn.gov.cchc.portal.session.AgendaItemDraft;
import vn.gov.cchc.portal.session.AgendaService;
import vn.gov.cchc.portal.session.AttendanceService;
import vn.gov.cchc.portal.session.AttendanceStatus;
import vn.gov.cchc.portal.session.ConclusionDraft;
import vn.gov.cchc.portal.session.ConclusionNotice;
import vn.gov.cchc.portal.session.ConclusionService;
import vn.gov.cchc.portal.session.SessionDetails;
import vn.gov.cchc.portal.session.SessionDraft;
import vn.gov.cchc.portal.session.SessionForm;
import vn.gov.cchc.portal.session.SessionKind;
import vn.gov.cchc.portal.session.SessionService;

/**
 * The {@code demo} profile: the 3rd session (03/02/2023, online with 63 provinces) and the 5th (19/07/2023,
 * reviewing the first half of 2023), with agenda and conclusions drawn from the source articles. What the
 * articles do not say (the 3rd session's notice, agenda durations) is left empty rather than invented.
 */
@Component
@Profile("demo")
@Order(10)
class DemoSessions implements ApplicationRunner {

    static final String TERM = "2021-2026";
    private static final String CHAIR = "Thủ tướng Chính phủ Phạm Minh Chính, Trưởng Ban Chỉ đạo";
    private static final String HOST = "Trụ sở Chính phủ, Hà Nội";
    private static final Logger log = LoggerFactory.getLogger(DemoSessions.class);

    private final SessionRepository repository;
    private final SessionService sessions;
    private final AgendaService agenda;
    private final AttendanceService attendance;
    private final ConclusionService conclusions;

    DemoSessions(SessionRepository repository, SessionService sessions, AgendaService agenda,
            AttendanceService attendance, ConclusionService conclusions) {
        this.repository = repository;
        this.sessions = sessions;
        this.agenda = agenda;
        this.attendance = attendance;
        this.conclusions = conclusions;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemAuthentication.runAsSystem(() -> {
            if (!repository.existsByTermAndNumber(TERM, 3)) {
                thirdSession();
            }
            if (!repository.existsByTermAndNumber(TERM, 5)) {
                fifthSession();
            }
        });
    }

    private void thirdSession() {
        SessionDetails session = sessions.create(new SessionDraft(TERM, 3,
                "Phiên họp thứ ba: tổng kết công tác cải cách hành chính năm 2022, triển khai nhiệm vụ năm 2023",
                SessionKind.REGULAR, LocalDateTime.of(2023, 2, 3, 14, 0), CHAIR, SessionForm.ONLINE, HOST,
                LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31), LocalDate.of(2023, 1, 15)));
        List<AgendaItem> items = addAgenda(session.id(), List.of(
                new AgendaItemDraft("Báo cáo kết quả công tác cải cách hành chính năm 2022 và phương hướng, nhiệm vụ năm 2023",
                        "Bộ Nội vụ", null),
                new AgendaItemDraft("Ý kiến của thành viên Ban Chỉ đạo và các địa phương", null, null),
                new AgendaItemDraft("Phát biểu chỉ đạo của Thủ tướng Chính phủ", CHAIR, null)));
        attendance.recordForGroup(session.id(), AgencyGroup.PROVINCES, AttendanceStatus.PRESENT, true);
        long directionItem = items.get(2).id();
        List.of(
                "Các bộ, ngành, địa phương chủ động nâng cao chất lượng công tác cải cách hành chính phù hợp với tình hình thực tiễn; đẩy nhanh tiến độ chuyển đổi số trong mọi lĩnh vực gắn với đào tạo, nâng cao trình độ của cán bộ, công chức, viên chức; nhân rộng những mô hình hay trong phát triển công dân số; khẩn trương xây dựng cơ sở dữ liệu của các cơ quan, đơn vị.",
                "Tập trung ưu tiên nguồn lực đẩy mạnh số hóa hồ sơ, kết quả giải quyết thủ tục hành chính; tăng cường rà soát, cắt giảm, đơn giản hóa quy trình, quy định thủ tục hành chính, điều kiện kinh doanh.",
                "Nâng cao hiệu quả triển khai 25 dịch vụ công thiết yếu liên quan đến người dân theo Đề án 06.",
                "Tiếp tục đẩy mạnh cải cách chế độ công vụ, nâng cao kỷ luật, kỷ cương hành chính; tiếp tục xây dựng, hoàn thiện cơ chế, chính sách phát hiện, trọng dụng nhân tài và chính sách liên thông cán bộ, công chức cấp xã với cấp huyện, cấp tỉnh.",
                "Tăng cường rà soát, tháo gỡ rào cản về thể chế, cơ chế để nâng cao hiệu quả giải ngân vốn đầu tư công; tăng cường cung cấp dịch vụ công trực tuyến.")
                .forEach(text -> conclusions.add(session.id(), new ConclusionDraft(text, directionItem)));
        SessionDetails current = sessions.get(session.id());
        sessions.markHeld(current.id(), current.version());
        log.info("Demo session 3 created");
    }

    private void fifthSession() {
        SessionDetails session = sessions.create(new SessionDraft(TERM, 5,
                "Phiên họp thứ năm: sơ kết công tác cải cách hành chính 6 tháng đầu năm 2023, triển khai nhiệm vụ 6 tháng cuối năm",
                SessionKind.REGULAR, LocalDateTime.of(2023, 7, 19, 8, 0), CHAIR, SessionForm.ONLINE, HOST,
                LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31), LocalDate.of(2023, 6, 21)));
        List<AgendaItem> items = addAgenda(session.id(), List.of(
                new AgendaItemDraft("Báo cáo sơ kết công tác cải cách hành chính 6 tháng đầu năm 2023; phương hướng, nhiệm vụ 6 tháng cuối năm",
                        "Bộ Nội vụ", null),
                new AgendaItemDraft("Thảo luận của các bộ, ngành, địa phương", null, null),
                new AgendaItemDraft("Kết luận của Thủ tướng Chính phủ", CHAIR, null)));
        attendance.recordForGroup(session.id(), AgencyGroup.MINISTRIES, AttendanceStatus.PRESENT, true);
        attendance.recordForGroup(session.id(), AgencyGroup.PROVINCES, AttendanceStatus.PRESENT, true);
        long conclusionItem = items.get(2).id();
        List.of(
                "Các bộ, ngành, địa phương cần nỗ lực, quyết tâm, cố gắng nhiều hơn nữa trong thực hiện cải cách hành chính 6 tháng cuối năm 2023 để đem lại những hiệu quả thiết thực cho người dân, doanh nghiệp.",
                "Ưu tiên rà soát lại các văn bản quy phạm pháp luật, xác định vướng mắc ở đâu, ai giải quyết, thời hạn bao lâu.",
                "Rà soát lại thủ tục hành chính ở các cấp, các ngành, tập trung vào các thủ tục liên quan đến những vướng mắc hiện nay như nhà ở, tín dụng, thuế, đất đai, hải quan và 3 động lực tăng trưởng đang được ưu tiên.",
                "Quan tâm đội ngũ cán bộ: xử lý những người chưa làm được, né tránh, đùn đẩy; khen thưởng, động viên những người làm tốt vì người dân, doanh nghiệp.",
                "Tăng cường kiểm tra, thanh tra, giám sát công vụ về thực hiện quy định, chính sách đã ban hành ở các cấp.",
                "Phân cấp, phân quyền mạnh hơn, đi đôi với bố trí nguồn lực để thực hiện; chú trọng công tác truyền thông chính sách để người dân tiếp cận, hiểu rõ.")
                .forEach(text -> conclusions.add(session.id(), new ConclusionDraft(text, conclusionItem)));
        SessionDetails held = sessions.markHeld(session.id(), sessions.get(session.id()).version());
        sessions.conclude(held.id(), held.version(), new ConclusionNotice("304/TB-VPCP", LocalDate.of(2023, 7, 19),
                "Văn phòng Chính phủ"));
        log.info("Demo session 5 created");
    }

    private List<AgendaItem> addAgenda(long sessionId, List<AgendaItemDraft> drafts) {
        return drafts.stream().map(draft -> agenda.add(sessionId, draft)).toList();
    }
}
