package vn.gov.cchc.portal.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import vn.gov.cchc.portal.common.PortalTime;
import vn.gov.cchc.portal.common.ValidationException;
import vn.gov.cchc.portal.security.Role;
import vn.gov.cchc.portal.session.AgendaItem;
import vn.gov.cchc.portal.session.AgendaItemDraft;
import vn.gov.cchc.portal.session.AgendaService;
import vn.gov.cchc.portal.session.ConclusionDraft;
import vn.gov.cchc.portal.session.ConclusionService;
import vn.gov.cchc.portal.session.SessionDraft;
import vn.gov.cchc.portal.session.SessionForm;
import vn.gov.cchc.portal.session.SessionKind;
import vn.gov.cchc.portal.session.SessionService;
import vn.gov.cchc.portal.support.IntegrationTest;
import vn.gov.cchc.portal.support.TestTasks;
import vn.gov.cchc.portal.support.TestUsers;
import vn.gov.cchc.portal.task.TaskRevised;
import vn.gov.cchc.portal.user.UserSummary;

/**
 * Searching as people type: "dak lak" finds Đắk Lắk, "cai cach" finds "cải cách", in any order and case; what
 * another agency owns is neither listed nor counted; a record is findable the moment it is saved; bad input gets a
 * message.
 */
@IntegrationTest
class SearchTest {

    /** Today, taken when each test starts (not when the class loads: a run may cross midnight). */
    private final LocalDate today = LocalDate.now(PortalTime.ZONE);

    @Autowired
    SearchService search;

    @Autowired
    TestUsers testUsers;

    @Autowired
    TestTasks testTasks;

    @Autowired
    SessionService sessions;

    @Autowired
    AgendaService agenda;

    @Autowired
    ConclusionService conclusions;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ApplicationEventPublisher events;

    @Test
    void dak_lak_and_cai_cach_find_what_was_written_with_tone_marks_in_any_order_and_case() {
        UserSummary secretary = testUsers.create(Role.SECRETARIAT, null);
        long task = testTasks.assignTo("dak-lak-2025", "Đẩy mạnh cải cách thủ tục hành chính tại Buôn Ma Thuột", today,
                today.plusDays(60));

        assertThat(tasks(secretary, "dak lak buon")).contains(task);
        assertThat(tasks(secretary, "cai cach buon ma thuot")).contains(task);
        assertThat(tasks(secretary, "THUOT Buôn")).contains(task);
        SearchHit hit = testUsers.callAs(secretary, () -> search.search("buon ma thuot")).groups().getFirst().hits().stream()
                .filter(h -> h.recordId() == task).findFirst().orElseThrow();
        assertThat(hit.title().stream().filter(Segment::match).map(Segment::text)).as("words beginning with a searched word")
                .containsExactly("mạnh", "Buôn", "Ma", "Thuột");
    }

    @Test
    void an_agency_user_finds_neither_another_agencys_tasks_nor_their_count() {
        long task = testTasks.assignTo("dak-lak-2025", "Số hóa hồ sơ đất đai của tỉnh Đắk Lắk năm nay", today, today.plusDays(60));
        UserSummary own = testUsers.create(Role.AGENCY_OFFICER, "dak-lak-2025");
        UserSummary other = testUsers.create(Role.AGENCY_OFFICER, "cao-bang");

        assertThat(tasks(own, "so hoa ho so dat dai")).contains(task);
        SearchResults elsewhere = testUsers.callAs(other, () -> search.search("so hoa ho so dat dai dak lak"));
        assertThat(elsewhere.groups()).extracting(SearchGroup::kind).doesNotContain(SearchKind.TASK);
        assertThat(elsewhere.total()).isZero();
    }

    @Test
    void a_session_its_agenda_and_its_conclusions_are_findable_as_soon_as_they_are_saved() {
        UserSummary secretary = testUsers.create(Role.SECRETARIAT, null);
        UserSummary officer = testUsers.create(Role.AGENCY_OFFICER, "quang-ninh");
        int number = (int) (System.nanoTime() % 90_000) + 1000;
        long session = testUsers.callAs(secretary, () -> sessions.create(new SessionDraft("TIM-KIEM", number,
                "Phiên họp chuyên đề về chuyển đổi số " + number, SessionKind.THEMATIC, LocalDateTime.of(2027, 3, 10, 8, 30),
                "Phó Thủ tướng Chính phủ", SessionForm.ONLINE, null, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 2, 28),
                LocalDate.of(2027, 3, 1)))).id();
        AgendaItem item = testUsers.callAs(secretary, () -> agenda.add(session, new AgendaItemDraft(
                "Báo cáo kết quả triển khai Đề án 06 quý I", "Bộ Công an", 30)));
        testUsers.callAs(secretary, () -> conclusions.add(session, new ConclusionDraft(
                "Giao Văn phòng Chính phủ hoàn thiện Cổng Dịch vụ công quốc gia trước ngày 30/6", item.id())));

        assertThat(found(officer, "de an 06", SearchKind.AGENDA_ITEM)).contains(item.id());
        assertThat(found(officer, "cong dich vu cong quoc gia", SearchKind.CONCLUSION)).hasSize(1);
        assertThat(found(officer, "chuyen doi so " + number, SearchKind.SESSION)).containsExactly(session);

        testUsers.runAs(secretary, () -> agenda.update(item.id(), item.version(), new AgendaItemDraft(
                "Báo cáo tình hình thực hiện Nghị quyết 57", "Bộ Khoa học và Công nghệ", 30)));
        assertThat(found(officer, "nghi quyet 57", SearchKind.AGENDA_ITEM)).contains(item.id());
        assertThat(found(officer, "de an 06 quy", SearchKind.AGENDA_ITEM)).doesNotContain(item.id());
    }

    @Test
    void revised_texts_of_a_task_are_found_by_their_new_words() {
        UserSummary secretary = testUsers.create(Role.SECRETARIAT, null);
        long task = testTasks.assignTo("nghe-an", "Rà soát thủ tục cấp phép xây dựng", today, today.plusDays(30));
        transactions.executeWithoutResult(status -> {
            jdbc.update("UPDATE task SET title = ? WHERE id = ?", "Rà soát thủ tục cấp giấy phép môi trường", task);
            events.publishEvent(new TaskRevised(task));
        });
        assertThat(tasks(secretary, "giay phep moi truong")).contains(task);
        assertThat(tasks(secretary, "phep xay dung ra soat")).doesNotContain(task);
    }

    @Test
    void a_query_too_short_or_too_long_is_refused_with_a_message() {
        UserSummary secretary = testUsers.create(Role.SECRETARIAT, null);
        assertThatThrownBy(() -> testUsers.callAs(secretary, () -> search.search("a")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.messageKey()).isEqualTo("search.validation.short"));
        assertThatThrownBy(() -> testUsers.callAs(secretary, () -> search.search("+*\"()~")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.messageKey()).isEqualTo("search.validation.short"));
        assertThatThrownBy(() -> testUsers.callAs(secretary, () -> search.search("cải cách ".repeat(1_250))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.messageKey()).isEqualTo("search.validation.long"));
        assertThat(testUsers.callAs(secretary, () -> search.search("zzqx wvvy")).groups()).isEmpty();
    }

    private List<Long> tasks(UserSummary user, String query) {
        return found(user, query, SearchKind.TASK);
    }

    private List<Long> found(UserSummary user, String query, SearchKind kind) {
        return testUsers.callAs(user, () -> search.search(query)).groups().stream().filter(group -> group.kind() == kind)
                .flatMap(group -> group.hits().stream()).map(SearchHit::recordId).toList();
    }
}
