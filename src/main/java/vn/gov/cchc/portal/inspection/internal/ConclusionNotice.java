package vn.gov.cchc.portal.inspection.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.gov.cchc.portal.document.StateDocument;
import vn.gov.cchc.portal.document.StateDocument.Block;
import vn.gov.cchc.portal.document.StateDocument.Heading;
import vn.gov.cchc.portal.document.StateDocument.Text;
import vn.gov.cchc.portal.common.Formats;
import vn.gov.cchc.portal.inspection.Conclusion;
import vn.gov.cchc.portal.inspection.Finding;
import vn.gov.cchc.portal.inspection.FindingKind;
import vn.gov.cchc.portal.inspection.InspectionDetails;
import vn.gov.cchc.portal.inspection.Recommendation;
import vn.gov.cchc.portal.inspection.Requirement;
import vn.gov.cchc.portal.inspection.TeamMember;
import vn.gov.cchc.portal.task.ReformArea;
import java.util.Locale;
import vn.gov.cchc.portal.common.PortalTime;

/**
 * An inspection's conclusion notice (thông báo kết luận kiểm tra) as a state document: the visit, the results, the
 * limitations and causes by reform area, the agency's recommendations and where they go, the team's conclusions and
 * the requirements with their time limits, signed by the team lead. The same model as the briefs, so the same two
 * layouts (DOCX and PDF) print it.
 */
public final class ConclusionNotice {

    private ConclusionNotice() {
    }

    public static StateDocument of(InspectionDetails inspection, Conclusion conclusion) {
        LocalDate date = conclusion.issuedOn() != null ? conclusion.issuedOn() : LocalDate.now(PortalTime.ZONE);
        String number = conclusion.docNumber() == null ? "      /TB-ĐKT" : conclusion.docNumber();
        StateDocument.Header header = new StateDocument.Header("BAN CHỈ ĐẠO CẢI CÁCH HÀNH CHÍNH CỦA CHÍNH PHỦ",
                "ĐOÀN KIỂM TRA", "Số: " + number, "Hà Nội, " + StateDocument.vietnameseDate(date));
        String agency = inspection.summary().agency().vi();
        TeamMember lead = inspection.team().stream().filter(TeamMember::lead).findFirst().orElse(null);
        List<Block> blocks = new ArrayList<>();
        if (inspection.visit().from() != null) {
            StringBuilder visit = new StringBuilder("Ngày " + Formats.date(inspection.visit().from()));
            if (inspection.visit().to() != null && !inspection.visit().to().equals(inspection.visit().from())) {
                visit.append(" đến ngày ").append(Formats.date(inspection.visit().to()));
            }
            visit.append(", Đoàn kiểm tra của Ban Chỉ đạo cải cách hành chính của Chính phủ");
            if (lead != null) {
                visit.append(" do ").append(lead.fullName());
                if (lead.title() != null) {
                    visit.append(", ").append(lead.title());
                }
                visit.append(" làm Trưởng đoàn");
            }
            visit.append(" đã kiểm tra công tác cải cách hành chính tại ").append(agency).append('.');
            if (inspection.visit().receivedBy() != null) {
                visit.append(" Làm việc với Đoàn có ").append(inspection.visit().receivedBy()).append('.');
            }
            if (inspection.visit().places() != null) {
                visit.append(" Đoàn đã kiểm tra thực tế tại ").append(inspection.visit().places()).append('.');
            }
            blocks.add(new Text(visit.toString()));
        }
        blocks.add(new Heading("I. KẾT QUẢ ĐẠT ĐƯỢC"));
        findings(inspection.findings(), List.of(FindingKind.RESULT), blocks);
        blocks.add(new Heading("II. HẠN CHẾ VÀ NGUYÊN NHÂN"));
        findings(inspection.findings(), List.of(FindingKind.LIMITATION, FindingKind.CAUSE), blocks);
        blocks.add(new Heading("III. KIẾN NGHỊ CỦA " + agency.toUpperCase(Locale.forLanguageTag("vi"))));
        if (inspection.recommendations().isEmpty()) {
            blocks.add(new Text("Không có kiến nghị."));
        }
        for (Recommendation recommendation : inspection.recommendations()) {
            blocks.add(new Text(recommendation.number() + ". " + recommendation.text() + " (chuyển "
                    + recommendation.addressee().vi() + " xem xét, giải quyết)."));
        }
        blocks.add(new Heading("IV. KẾT LUẬN CỦA TRƯỞNG ĐOÀN KIỂM TRA"));
        blocks.add(new Text(conclusion.conclusions().isBlank() ? "…" : conclusion.conclusions()));
        blocks.add(new Heading("V. YÊU CẦU"));
        for (int i = 0; i < conclusion.requirements().size(); i++) {
            Requirement requirement = conclusion.requirements().get(i);
            blocks.add(new Text((i + 1) + ". " + requirement.text() + " Thời hạn: " + requirement.dueDays()
                    + " ngày kể từ ngày ký Thông báo."));
        }
        return new StateDocument(header, "THÔNG BÁO", "Kết luận kiểm tra công tác cải cách hành chính năm "
                + inspection.summary().year() + " tại " + agency, conclusion.status().unissued(), blocks,
                conclusion.signerPosition() == null || conclusion.signerPosition().isBlank() ? "TRƯỞNG ĐOÀN KIỂM TRA"
                        : "TM. ĐOÀN KIỂM TRA\n" + conclusion.signerPosition().toUpperCase(Locale.forLanguageTag("vi")),
                conclusion.signer() == null ? "" : conclusion.signer());
    }

    private static void findings(List<Finding> findings, List<FindingKind> kinds, List<Block> blocks) {
        boolean any = false;
        for (FindingKind kind : kinds) {
            for (ReformArea area : ReformArea.values()) {
                List<Finding> here = findings.stream().filter(f -> f.kind() == kind && f.area() == area).toList();
                if (here.isEmpty()) {
                    continue;
                }
                any = true;
                String label = kind == FindingKind.CAUSE ? "Nguyên nhân" : kind == FindingKind.LIMITATION ? "Hạn chế" : null;
                blocks.add(new Text((label == null ? "" : label + " — ") + area.documentName() + ":"));
                for (Finding finding : here) {
                    blocks.add(new Text("- " + finding.text()));
                }
            }
        }
        if (!any) {
            blocks.add(new Text("Không có nội dung."));
        }
    }
}
