package vn.gov.cchc.portal.brief.internal;

import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.gov.cchc.portal.brief.BriefDetails;
import vn.gov.cchc.portal.brief.BriefService;
import vn.gov.cchc.portal.brief.IssueRequest;
import vn.gov.cchc.portal.brief.Narratives;
import vn.gov.cchc.portal.common.DemoPeople;
import vn.gov.cchc.portal.document.SignerService;
import java.util.List;
import vn.gov.cchc.portal.security.Role;
import vn.gov.cchc.portal.security.SystemAuthentication;
import vn.gov.cchc.portal.session.SessionFilter;
import vn.gov.cchc.portal.session.SessionService;
import vn.gov.cchc.portal.session.SessionSummary;

/**
 * The {@code demo} profile's briefs: the issued briefs of the 3rd session (2022, figures as of 15/01/2023) and of
 * the 5th (the plan year 2023 as of 21/06/2023), compiled, written and issued by the secretariat's officer as it
 * would have done before each session.
 */
@Component
@Profile("demo")
@Order(30)
class DemoBriefs implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoBriefs.class);
    /** The register's invented Chánh Văn phòng (document/internal/DemoSigners), also the demo's head of the secretariat. */
    private static final String SIGNER = "Đỗ Quang Thịnh";

    private final BriefService briefs;
    private final SessionService sessions;
    private final SignerService signers;

    DemoBriefs(BriefService briefs, SessionService sessions, SignerService signers) {
        this.briefs = briefs;
        this.sessions = sessions;
        this.signers = signers;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemAuthentication.runAs(DemoPeople.SECRETARIAT, Role.SECRETARIAT, () -> {
            if (!briefs.list().isEmpty()) {
                return;
            }
            issue(3, new Narratives(
                    "Năm 2022, các bộ, ngành, địa phương đã ban hành kế hoạch cải cách hành chính năm và triển khai "
                            + "đồng bộ trên cả sáu nội dung của Chương trình tổng thể cải cách hành chính nhà nước giai đoạn "
                            + "2021 - 2030; công tác chỉ đạo, điều hành được tăng cường, gắn cải cách hành chính với chuyển đổi số.",
                    "Tỷ lệ hoàn thành kế hoạch năm 2022 của các bộ, ngành và địa phương đạt khá; một số nhiệm vụ còn chậm, "
                            + "chủ yếu là nhiệm vụ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính và sắp xếp đơn vị sự nghiệp.",
                    "Năm 2023, tập trung rà soát, cắt giảm, đơn giản hóa thủ tục hành chính; đẩy mạnh số hóa hồ sơ và "
                            + "cung cấp dịch vụ công trực tuyến toàn trình; nâng cao kỷ luật, kỷ cương hành chính."),
                    "09/BC-VPBCĐ", LocalDate.of(2023, 1, 30));
            issue(5, new Narratives(
                    "Trong 6 tháng đầu năm 2023, các bộ, ngành, địa phương tiếp tục quán triệt, chỉ đạo, đôn đốc thực hiện các "
                            + "nhiệm vụ cải cách hành chính trên từng lĩnh vực; việc số hóa hồ sơ, kết quả giải quyết thủ tục "
                            + "hành chính và hợp nhất Cổng dịch vụ công với Hệ thống thông tin một cửa điện tử được đẩy mạnh "
                            + "(số liệu nêu trên).",
                    "Một số bộ, ngành, địa phương tích cực tổ chức thực hiện, đạt tỷ lệ hoàn thành cao so với kế hoạch. "
                            + "Tuy nhiên, tỷ lệ hoàn thành chung còn thấp so với yêu cầu; một số nhiệm vụ đã quá hạn nhưng "
                            + "chưa được báo cáo, đề xuất gia hạn.",
                    "6 tháng cuối năm 2023, ưu tiên rà soát văn bản quy phạm pháp luật và thủ tục hành chính liên quan "
                            + "đến nhà ở, tín dụng, thuế, đất đai, hải quan; tăng cường kiểm tra, giám sát công vụ; phân cấp, "
                            + "phân quyền đi đôi với bố trí nguồn lực."),
                    "86/BC-VPBCĐ", LocalDate.of(2023, 7, 14));
        });
    }

    /** Compiled and written by the secretariat's officer, approved and issued by the head of the secretariat. */
    private void issue(int sessionNumber, Narratives narratives, String number, LocalDate issuedOn) {
        SessionSummary session = sessions.list(SessionFilter.all()).stream().filter(s -> s.number() == sessionNumber)
                .findFirst().orElse(null);
        if (session == null || session.cutoffDate() == null) {
            return;
        }
        BriefDetails draft = briefs.compile(session.id(), 5);
        BriefDetails written = briefs.saveNarratives(draft.summary().id(), draft.summary().version(), narratives);
        SystemAuthentication.runAs(DemoPeople.SECRETARIAT_HEAD, List.of(Role.SECRETARIAT, Role.SECRETARIAT_HEAD), () -> {
            BriefDetails approved = briefs.approve(written.summary().id(), written.summary().version());
            long signer = signers.inOfficeOn(issuedOn).stream().filter(s -> s.name().equals(SIGNER)).findFirst().orElseThrow().id();
            briefs.issue(approved.summary().id(), approved.summary().version(), new IssueRequest(number, issuedOn, signer));
        });
        log.info("Demo brief {} issued for session {}", number, sessionNumber);
    }
}
