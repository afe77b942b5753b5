package vn.gov.cchc.portal.inspection.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.gov.cchc.portal.agency.AgencyService;
import vn.gov.cchc.portal.common.DemoPeople;
import vn.gov.cchc.portal.common.PortalTime;
import vn.gov.cchc.portal.document.Signer;
import vn.gov.cchc.portal.document.SignerService;
import vn.gov.cchc.portal.inspection.ConclusionNoticeService;
import vn.gov.cchc.portal.inspection.FindingKind;
import vn.gov.cchc.portal.inspection.RecommendationState;
import vn.gov.cchc.portal.inspection.Requirement;
import vn.gov.cchc.portal.inspection.TeamMember;
import vn.gov.cchc.portal.inspection.Visit;
import vn.gov.cchc.portal.security.Role;
import vn.gov.cchc.portal.security.SystemAuthentication;
import vn.gov.cchc.portal.task.ReformArea;
import vn.gov.cchc.portal.task.ScaleDataService;

/**
 * The committee's inspection of Cao Bằng on 02/12/2022 as seed 002 tells it — the team, who received it, the places
 * checked, the province's 2022 figures, the limitations, its recommendations to central agencies, the conclusion's
 * requirements (reported done and confirmed) — and the 2023 plan (Quyết định 12/QĐ-BCĐCCHC of 08/03/2023) with
 * inspections in different states. See docs/demo-data.md.
 */
@Component
@Profile("demo")
@Order(35)
class DemoInspections implements ApplicationRunner {

    /** The team lead as seed 002 names him (he leads the visit; he signs no invented document). */
    private static final String LEAD = "Phạm Minh Hùng";
    /** The invented signer of the invented plan decisions (docs/demo-data.md): no real official signs them. */
    private static final String DECISION_SIGNER = "Ngô Xuân Khánh";
    private static final String NOTICE = "112/TB-ĐKT";
    private static final LocalDate NOTICE_DATE = LocalDate.of(2022, 12, 12);

    private final InspectionPlanRepository plans;
    private final InspectionRepository inspections;
    private final InspectionFindingRepository findings;
    private final InspectionRecommendationRepository recommendations;
    private final InspectionConclusionRepository conclusions;
    private final AgencyService agencies;
    private final ScaleDataService pastTasks;
    private final TransactionTemplate transactions;
    private final SignerService signers;
    private final ConclusionNoticeService notices;

    DemoInspections(InspectionPlanRepository plans, InspectionRepository inspections, InspectionFindingRepository findings,
            InspectionRecommendationRepository recommendations, InspectionConclusionRepository conclusions,
            AgencyService agencies, ScaleDataService pastTasks, TransactionTemplate transactions, SignerService signers,
            ConclusionNoticeService notices) {
        this.signers = signers;
        this.notices = notices;
        this.plans = plans;
        this.inspections = inspections;
        this.findings = findings;
        this.recommendations = recommendations;
        this.conclusions = conclusions;
        this.agencies = agencies;
        this.pastTasks = pastTasks;
        this.transactions = transactions;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (plans.count() > 0) {
            return;
        }
        SystemAuthentication.runAsSystem(() -> {
            long conclusionId = transactions.execute(status -> caoBang2022());
            List<Long> tasks = requirementTasks(conclusionId);
            transactions.executeWithoutResult(status -> {
                InspectionConclusion conclusion = conclusions.findById(conclusionId).orElseThrow();
                for (int i = 0; i < tasks.size(); i++) {
                    conclusion.requirementEntries().get(i).becameTask(tasks.get(i));
                }
            });
            transactions.executeWithoutResult(status -> plan2023());
        });
        SystemAuthentication.runAs(DemoPeople.SECRETARIAT_HEAD, List.of(Role.SECRETARIAT, Role.SECRETARIAT_HEAD),
                () -> notices.sealIssued());
    }

    private long caoBang2022() {
        InspectionPlan plan = plans.save(new InspectionPlan(2022, "Kế hoạch kiểm tra công tác cải cách hành chính năm 2022",
                "09/QĐ-BCĐCCHC", LocalDate.of(2022, 3, 15), DECISION_SIGNER));
        Inspection inspection = inspections.save(new Inspection(plan.getId(), agency("cao-bang"), 12, EnumSet.allOf(ReformArea.class),
                "Kiểm tra việc triển khai Kế hoạch cải cách hành chính năm 2022 của tỉnh; việc tiếp nhận, giải quyết thủ tục hành chính"
                        + " tại Bộ phận tiếp nhận và trả kết quả cấp huyện và Trung tâm Dịch vụ hành chính công của tỉnh.",
                "Vụ Cải cách hành chính, Bộ Nội vụ"));
        inspection.team(List.of(
                new TeamMember(LEAD, "Vụ trưởng Vụ Cải cách hành chính, Chánh Văn phòng Ban Chỉ đạo cải cách hành chính của Chính phủ",
                        "Bộ Nội vụ", null, true),
                new TeamMember("Nguyễn Thị Thu Hà", "Phó Vụ trưởng Vụ Cải cách hành chính", "Bộ Nội vụ", null, false),
                new TeamMember("Trần Quốc Tuấn", "Phó Vụ trưởng Cục Kiểm soát thủ tục hành chính", "Văn phòng Chính phủ", null, false),
                new TeamMember("Lê Minh Đức", "Chuyên viên chính, Vụ Cải cách hành chính", "Bộ Nội vụ", null, false)));
        inspection.record(new Visit("Quyết định số 45/QĐ-BCĐCCHC ngày 21/11/2022 của Trưởng ban Ban Chỉ đạo",
                LocalDate.of(2022, 12, 2), LocalDate.of(2022, 12, 2),
                "Đồng chí Lê Hải Hòa, Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh; lãnh đạo các sở: Nội vụ, Tài chính, Thông tin và Truyền"
                        + " thông, Tư pháp, Kế hoạch và Đầu tư, Văn phòng UBND tỉnh và UBND Thành phố",
                "Bộ phận tiếp nhận và trả kết quả thủ tục hành chính UBND Thành phố; Trung tâm Dịch vụ hành chính công của tỉnh",
                "Báo cáo tự kiểm tra công tác cải cách hành chính năm 2022 của UBND tỉnh; Kế hoạch cải cách hành chính năm 2022"));
        long id = inspection.getId();
        finding(id, FindingKind.RESULT, ReformArea.INSTITUTIONS, "Năm 2022, tỉnh ban hành 75 văn bản quy phạm pháp luật (30 nghị quyết,"
                + " 45 quyết định) đúng thẩm quyền, trình tự, thủ tục và thể thức.");
        finding(id, FindingKind.RESULT, ReformArea.PROCEDURES, "Đến ngày 22/11/2022, toàn tỉnh giải quyết xong 185.969 hồ sơ thủ tục"
                + " hành chính, đúng hạn 184.517 hồ sơ (99,22%), trễ hạn 1.452 hồ sơ (0,78%); 356 thủ tục liên thông cùng cấp, 118 thủ"
                + " tục liên thông giữa các cấp; 1.191 dịch vụ công trực tuyến tích hợp trên Cổng Dịch vụ công quốc gia.");
        finding(id, FindingKind.RESULT, ReformArea.APPARATUS, "Tính đến ngày 30/10/2022, toàn tỉnh có 633 đơn vị sự nghiệp công lập,"
                + " giảm 200 đơn vị so với năm 2017.");
        finding(id, FindingKind.RESULT, ReformArea.CIVIL_SERVICE, "Tuyển dụng 682 công chức, viên chức; tiếp nhận, điều động 263 công"
                + " chức, viên chức; bổ nhiệm 36 người giữ chức vụ lãnh đạo, đúng quy định.");
        finding(id, FindingKind.RESULT, ReformArea.PUBLIC_FINANCE, "100% đơn vị dự toán các cấp xây dựng và thực hiện quy chế chi tiêu"
                + " nội bộ, quy chế sử dụng tài sản công.");
        finding(id, FindingKind.RESULT, ReformArea.DIGITAL_GOVERNMENT, "97% văn bản trao đổi giữa các cơ quan hành chính hoàn toàn dưới"
                + " dạng điện tử; Cổng dịch vụ công tỉnh cung cấp 1.723 dịch vụ công trực tuyến mức độ 2, 3, 4; 22,8% hồ sơ được xử"
                + " lý trực tuyến.");
        finding(id, FindingKind.LIMITATION, ReformArea.DIRECTION, "Công tác tham mưu UBND tỉnh triển khai nhiệm vụ của một số cơ quan"
                + " chưa bảo đảm tiến độ, chất lượng.");
        finding(id, FindingKind.LIMITATION, ReformArea.DIRECTION, "Sự phối hợp trong chỉ đạo, tổ chức thực hiện nhiệm vụ cải cách hành"
                + " chính của một số cơ quan chưa đáp ứng yêu cầu.");
        finding(id, FindingKind.LIMITATION, ReformArea.DIRECTION, "Công tác tuyên truyền chủ trương của Đảng, pháp luật của Nhà nước về"
                + " cải cách hành chính đến người dân, tổ chức chưa đa dạng, hiệu quả.");
        // seed 002 addresses it to the Government (Chính phủ); the registry holds agencies, so it goes to the Government Office
        forwarded(recommendation(id, "Kiến nghị Chính phủ căn cứ tình hình kinh tế - xã hội thực tế địa phương, tham mưu Bộ Chính trị"
                + " xem xét giảm trừ tỷ lệ viên chức hưởng lương từ ngân sách nhà nước trong các đơn vị sự nghiệp công lập thấp hơn"
                + " mức quy định chung để tỉnh sử dụng hiệu quả số lượng biên chế được giao.", "vpcp"));
        forwarded(recommendation(id, "Cho phép tỉnh thực hiện giảm 5% biên chế viên chức sự nghiệp hưởng lương từ ngân sách nhà nước"
                + " trong giai đoạn 2022 - 2026.", "bnv"));
        forwarded(recommendation(id, "Điều chỉnh, bổ sung số lượng người làm việc còn thiếu theo định mức của ngành giáo dục và đào"
                + " tạo, y tế tại các cơ sở trên địa bàn tỉnh.", "bnv"));
        forwarded(answered(recommendation(id, "Sửa đổi Thông tư số 02/2017/TT-VPCP và Thông tư số 01/2018/TT-VPCP phù hợp với Nghị định"
                + " số 107/2021/NĐ-CP sửa đổi Nghị định số 61/2018/NĐ-CP về cơ chế một cửa, một cửa liên thông.", "vpcp"),
                "Văn phòng Chính phủ đã đưa việc sửa đổi hai Thông tư vào Chương trình xây dựng văn bản năm 2023.",
                "Công văn số 1187/VPCP-KSTT", "vpcp"));
        for (String ministry : List.of("btp", "bct")) {
            forwarded(recommendation(id, "Ban hành định mức kinh tế - kỹ thuật áp dụng đối với dịch vụ sự nghiệp công sử dụng ngân"
                    + " sách nhà nước và giá dịch vụ sự nghiệp công.", ministry));
        }
        forwarded(recommendation(id, "Ban hành định mức kinh tế - kỹ thuật trong lĩnh vực giáo dục và đào tạo.", "bgddt"));
        InspectionRecommendation environment = recommendation(id, "Ban hành định mức kinh tế - kỹ thuật trong lĩnh vực tài nguyên và"
                + " môi trường.", "btnmt");
        forwarded(environment);
        environment.close("Bộ Tài nguyên và Môi trường hợp nhất vào Bộ Nông nghiệp và Môi trường từ ngày 01/03/2025; nội dung được"
                + " chuyển vào Chương trình xây dựng văn bản của Bộ mới.");
        forwarded(answered(recommendation(id, "Sớm ban hành thông tư hướng dẫn về vị trí việc làm công chức lãnh đạo, quản lý; nghiệp vụ"
                + " chuyên môn dùng chung; hỗ trợ, phục vụ trong cơ quan hành chính và đơn vị sự nghiệp công lập.", "bnv"),
                "Bộ Nội vụ đã ban hành Thông tư số 12/2022/TT-BNV và Thông tư số 13/2022/TT-BNV ngày 30/12/2022.",
                "Công văn số 265/BNV-TCBC", "bnv"));
        InspectionConclusion conclusion = new InspectionConclusion(id, 1, "Tỉnh căn cứ kết quả năm 2022, rà soát lại toàn bộ kế hoạch"
                + " năm 2022, phấn đấu hoàn thành 100% kế hoạch trên cơ sở khắc phục những hạn chế. Tiếp tục nâng cao chất lượng công"
                + " tác chỉ đạo, điều hành — vấn đề mấu chốt, quyết định thành công của kế hoạch cải cách hành chính hằng năm — bằng"
                + " những giải pháp thiết thực, chọn nội dung trọng tâm, có sản phẩm, gắn trách nhiệm với nguồn lực và với kiểm tra,"
                + " đôn đốc. Các kiến nghị, đề xuất của tỉnh được Đoàn kiểm tra tổng hợp, chuyển cơ quan có thẩm quyền giải quyết.",
                requirements(), null, DemoPeople.SECRETARIAT);
        Signer signer = noticeSigner();
        conclusion.approve(DemoPeople.SECRETARIAT_HEAD, NOTICE_DATE.minusDays(1).atTime(16, 0).atZone(PortalTime.ZONE).toInstant());
        conclusion.issue(NOTICE, NOTICE_DATE, signer.id(), signer.name(), signer.position());
        inspection.conclude();
        return conclusions.save(conclusion).getId();
    }

    private static List<Requirement> requirements() {
        return List.of(
                new Requirement("Báo cáo kết quả khắc phục những hạn chế nêu tại Thông báo kết luận kiểm tra.", 15, null),
                new Requirement("Ban hành Kế hoạch cải cách hành chính năm 2023 sát thực tế, khả thi, tập trung vào thể chế, cải cách chế"
                        + " độ công vụ, nâng cao chất lượng nguồn nhân lực, chính quyền điện tử và chuyển đổi số; gửi Bộ Nội vụ để theo dõi.",
                        19, null),
                new Requirement("Báo cáo danh mục thủ tục hành chính trong thời gian dài không phát sinh hồ sơ, kiến nghị cơ quan Trung"
                        + " ương bãi bỏ.", 19, null));
    }

    /** The requirements became tasks of Cao Bằng when the notice was issued; the province reported each done in time. */
    private List<Long> requirementTasks(long conclusionId) {
        List<Requirement> requirements = requirements();
        List<Long> ids = new ArrayList<>();
        int[] doneAfter = {10, 17, 18};
        for (int i = 0; i < requirements.size(); i++) {
            Requirement requirement = requirements.get(i);
            LocalDate proposed = NOTICE_DATE.plusDays(doneAfter[i]);
            ids.add(pastTasks.recordCompleted(RequirementTasks.assignment(requirement, i + 1, NOTICE, NOTICE_DATE, noticeSigner().name(),
                    agency("cao-bang"), ReformArea.DIRECTION), agency("cao-bang"), proposed, proposed.plusDays(2)));
        }
        return ids;
    }

    private void plan2023() {
        InspectionPlan plan = plans.save(new InspectionPlan(2023, "Kế hoạch kiểm tra công tác cải cách hành chính năm 2023",
                "12/QĐ-BCĐCCHC", LocalDate.of(2023, 3, 8), DECISION_SIGNER));
        Inspection justice = inspections.save(new Inspection(plan.getId(), agency("btp"), 9,
                EnumSet.of(ReformArea.INSTITUTIONS, ReformArea.PROCEDURES, ReformArea.DIGITAL_GOVERNMENT),
                "Kiểm tra công tác xây dựng, rà soát văn bản quy phạm pháp luật và cải cách thủ tục hành chính của Bộ.",
                "Vụ Cải cách hành chính, Bộ Nội vụ"));
        justice.team(List.of(new TeamMember("Lê Quang Nam", "Phó Vụ trưởng Vụ Cải cách hành chính", "Bộ Nội vụ", null, true),
                new TeamMember("Đỗ Thị Minh Nguyệt", "Phó Cục trưởng Cục Kiểm soát thủ tục hành chính", "Văn phòng Chính phủ", null, false)));
        justice.record(new Visit("Quyết định số 31/QĐ-BCĐCCHC ngày 25/8/2023 của Trưởng ban Ban Chỉ đạo", LocalDate.of(2023, 9, 14),
                LocalDate.of(2023, 9, 15), "Thứ trưởng Bộ Tư pháp; lãnh đạo Văn phòng Bộ, Vụ Pháp chế, Vụ Tổ chức cán bộ", null, null));
        finding(justice.getId(), FindingKind.RESULT, ReformArea.INSTITUTIONS, "Bộ đã rà soát, hệ thống hóa văn bản quy phạm pháp luật"
                + " thuộc phạm vi quản lý theo kế hoạch năm 2023.");
        inspections.save(new Inspection(plan.getId(), agency("quang-ninh"), 11, EnumSet.of(ReformArea.PROCEDURES, ReformArea.CIVIL_SERVICE),
                "Kiểm tra việc thực hiện cơ chế một cửa, một cửa liên thông; kỷ luật, kỷ cương hành chính.",
                "Vụ Cải cách hành chính, Bộ Nội vụ"));
        Inspection binhThuan = inspections.save(new Inspection(plan.getId(), agency("binh-thuan"), 6, EnumSet.of(ReformArea.PROCEDURES),
                "Kiểm tra việc giải quyết thủ tục hành chính trong lĩnh vực đất đai.", "Vụ Cải cách hành chính, Bộ Nội vụ"));
        binhThuan.cancel("Ghép vào đợt kiểm tra công vụ của Bộ Nội vụ tại tỉnh tháng 7/2023 theo chỉ đạo của Trưởng ban.");
    }

    private void finding(long inspectionId, FindingKind kind, ReformArea area, String text) {
        findings.save(new InspectionFinding(inspectionId, kind, area, findings.findLastNumber(inspectionId, kind) + 1, text));
    }

    private InspectionRecommendation recommendation(long inspectionId, String text, String addressee) {
        return recommendations.save(new InspectionRecommendation(inspectionId, recommendations.findLastNumber(inspectionId) + 1, text,
                agency(addressee)));
    }

    private static InspectionRecommendation forwarded(InspectionRecommendation recommendation) {
        if (recommendation.getState() == RecommendationState.RECORDED) {
            recommendation.forward("Công văn số 35/VPBCĐ", LocalDate.of(2022, 12, 20), LocalDate.of(2023, 2, 28));
        }
        return recommendation;
    }

    private static InspectionRecommendation answered(InspectionRecommendation recommendation, String answer, String document,
            String addressee) {
        forwarded(recommendation);
        recommendation.answer(answer, document, LocalDate.of(2023, 2, 15), DemoPeople.officer(addressee));
        return recommendation;
    }

    /** The register's invented Phó Chánh Văn phòng signs the invented notice (document/internal/DemoSigners). */
    private Signer noticeSigner() {
        return signers.inOfficeOn(NOTICE_DATE).stream().filter(signer -> signer.position().equals("Phó Chánh Văn phòng"))
                .findFirst().orElseThrow();
    }

    private long agency(String code) {
        return agencies.findByCode(code).orElseThrow().id();
    }
}
