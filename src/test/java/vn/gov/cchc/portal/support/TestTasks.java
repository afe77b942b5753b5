package vn.gov.cchc.portal.support;

import java.time.LocalDate;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.gov.cchc.portal.agency.AgencyService;
import vn.gov.cchc.portal.security.SystemAuthentication;
import vn.gov.cchc.portal.task.AgencySelection;
import vn.gov.cchc.portal.task.ReformArea;
import vn.gov.cchc.portal.task.TaskAssignment;
import vn.gov.cchc.portal.task.TaskAssignmentService;
import vn.gov.cchc.portal.task.TaskPriority;

/** Assigns tasks for tests through the real service. */
@Component
public class TestTasks {

    private final TaskAssignmentService assignments;
    private final AgencyService agencies;

    TestTasks(TaskAssignmentService assignments, AgencyService agencies) {
        this.assignments = assignments;
        this.agencies = agencies;
    }

    public TaskAssignment assignment(String title, AgencySelection leads, LocalDate assignedOn, LocalDate deadline) {
        return new TaskAssignment(null, "123/QĐ-BCĐCCHC", assignedOn, "Nguyễn Văn Thành",
                "Quyết định ban hành Kế hoạch hoạt động của Ban Chỉ đạo cải cách hành chính của Chính phủ", title, null,
                ReformArea.PROCEDURES, leads, Set.of(), assignedOn, deadline, "Báo cáo kết quả", TaskPriority.NORMAL, null);
    }

    public long assignTo(String agencyCode, String title, LocalDate assignedOn, LocalDate deadline) {
        long agencyId = agencyId(agencyCode);
        return SystemAuthentication.callAsSystem(() -> assignments.assign(
                assignment(title, AgencySelection.single(agencyId), assignedOn, deadline)));
    }

    public long agencyId(String code) {
        return SystemAuthentication.callAsSystem(() -> agencies.findByCode(code).orElseThrow().id());
    }
}
