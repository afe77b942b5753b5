package vn.gov.cchc.portal.brief.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.gov.cchc.portal.brief.BriefContent;
import vn.gov.cchc.portal.brief.BriefContent.GroupLine;
import vn.gov.cchc.portal.brief.Narratives;
import vn.gov.cchc.portal.common.Formats;
import vn.gov.cchc.portal.document.StateDocument;
import vn.gov.cchc.portal.document.StateDocument.Block;
import vn.gov.cchc.portal.document.StateDocument.Header;
import vn.gov.cchc.portal.document.StateDocument.Heading;
import vn.gov.cchc.portal.document.StateDocument.Table;
import vn.gov.cchc.portal.document.StateDocument.Text;

/** A session brief laid out as a state document: its sections, tables and signature block, in Vietnamese. */
public final class BriefLayout {

    private BriefLayout() {
    }

    public static StateDocument of(BriefContent content, Narratives narratives, String number, LocalDate issuedOn, String signer,
            String signerPosition, boolean draft) {
        LocalDate date = issuedOn != null ? issuedOn : content.session().date();
        Header header = new Header("BAN CHỈ ĐẠO CẢI CÁCH HÀNH CHÍNH CỦA CHÍNH PHỦ", "VĂN PHÒNG",
                "Số: " + (number == null || number.isBlank() ? "      /BC-VPBCĐ" : number),
                content.session().place() + ", " + StateDocument.vietnameseDate(date));
        String cutoff = Formats.date(content.session().cutoff());
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Heading("I. TÌNH HÌNH CHUNG"));
        for (BriefContent.Situation situation : content.situationsOrEmpty()) {
            situation(situation, blocks);
        }
        blocks.add(new Text(orPlaceholder(narratives.situation())));
        blocks.add(new Heading("II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ (tính đến ngày " + cutoff + ")"));
        blocks.add(new Text("Kỳ kế hoạch: từ ngày " + Formats.date(content.session().periodFrom()) + " đến ngày "
                + Formats.date(content.session().periodTo()) + "."));
        blocks.add(new Heading("1. Theo khối"));
        List<GroupLine> groupRows = new ArrayList<>(content.groups());
        groupRows.add(content.total());
        blocks.add(figuresTable("Khối", groupRows, 1));
        for (GroupLine group : content.groups()) {
            blocks.add(new Text(group.label() + " đã hoàn thành " + Formats.integer(group.counts().done()) + "/"
                    + Formats.integer(group.counts().planned()) + " nhiệm vụ, đạt "
                    + Formats.percent(group.counts().rate()) + " kế hoạch."));
        }
        blocks.add(new Heading("2. Theo lĩnh vực cải cách"));
        blocks.add(figuresTable("Lĩnh vực", content.areas(), 0));
        blocks.add(new Heading("3. Cơ quan, địa phương dẫn đầu và chậm"));
        for (BriefContent.Ranking ranking : content.rankings()) {
            if (!ranking.leading().isEmpty()) {
                blocks.add(new Text(ranking.group() + " có tỷ lệ hoàn thành cao nhất:"));
                blocks.add(rateTable(ranking.leading()));
            }
            if (!ranking.lagging().isEmpty()) {
                blocks.add(new Text(ranking.group() + " có tỷ lệ hoàn thành thấp nhất:"));
                blocks.add(rateTable(ranking.lagging()));
            }
        }
        blocks.add(new Heading("4. Nhiệm vụ quá hạn theo cơ quan, địa phương"));
        if (content.overdueByAgency().isEmpty()) {
            blocks.add(new Text("Không có nhiệm vụ quá hạn."));
        } else {
            blocks.add(Table.numbered(List.of("Cơ quan, địa phương", "Số nhiệm vụ quá hạn"), content.overdueByAgency().stream()
                    .map(line -> List.of(line.agency(), Formats.integer(line.overdue()))).toList(), 0));
        }
        if (content.atRisk() != null) {
            blocks.add(new Heading("5. Nhiệm vụ có nguy cơ chậm"));
            if (content.atRisk().isEmpty()) {
                blocks.add(new Text("Không có nhiệm vụ có nguy cơ chậm."));
            } else {
                blocks.add(new Text("Nhiệm vụ đang thực hiện, chưa đến hạn nhưng có dấu hiệu sẽ chậm (theo quy tắc cảnh báo sớm, "
                        + "tính đến ngày " + Formats.date(content.session().cutoff()) + "):"));
                blocks.add(Table.numbered(List.of("Cơ quan, địa phương", "Số nhiệm vụ có nguy cơ chậm",
                        "Số nhiệm vụ đang thực hiện, chưa đến hạn"), content.atRisk().stream().map(line -> List.of(line.agency(),
                        Formats.integer(line.atRisk()), Formats.integer(line.open()))).toList(), 0));
            }
        }
        blocks.add(new Heading("III. KẾT QUẢ THỰC HIỆN KẾT LUẬN CỦA PHIÊN HỌP TRƯỚC"));
        if (content.previous().sessionNumber() == null || content.previous().conclusions().isEmpty()) {
            blocks.add(new Text("Không có kết luận của phiên họp trước."));
        } else {
            blocks.add(new Text("Phiên họp thứ " + content.previous().sessionNumber() + ":"));
            blocks.add(new Table(List.of("Số", "Nội dung kết luận", "Nhiệm vụ", "Hoàn thành", "Quá hạn"),
                    content.previous().conclusions().stream().map(c -> List.of(String.valueOf(c.number()), c.text(),
                            Formats.integer(c.tasks()), Formats.integer(c.done()), Formats.integer(c.overdue()))).toList()));
        }
        blocks.add(new Heading("IV. ĐÁNH GIÁ CHUNG"));
        blocks.add(new Text(orPlaceholder(narratives.assessment())));
        blocks.add(new Heading("V. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI"));
        blocks.add(new Text(orPlaceholder(narratives.directions())));
        blocks.add(new Heading("VI. CHƯƠNG TRÌNH PHIÊN HỌP"));
        for (int i = 0; i < content.agenda().size(); i++) {
            blocks.add(new Text((i + 1) + ". " + content.agenda().get(i)));
        }
        return new StateDocument(header, "BÁO CÁO TÓM TẮT",
                "Tình hình thực hiện nhiệm vụ cải cách hành chính phục vụ Phiên họp thứ " + content.session().number()
                        + " của Ban Chỉ đạo cải cách hành chính của Chính phủ", draft, blocks,
                "TL. TRƯỞNG BAN\n" + (signerPosition == null || signerPosition.isBlank() ? "CHÁNH VĂN PHÒNG"
                        : signerPosition.toUpperCase(Locale.forLanguageTag("vi"))), signer == null ? "" : signer);
    }

    private static Table figuresTable(String firstHeader, List<GroupLine> lines, int totals) {
        return Table.numbered(List.of(firstHeader, "Kế hoạch", "Hoàn thành đúng hạn", "Hoàn thành quá hạn",
                "Chưa hoàn thành, trong hạn", "Chưa hoàn thành, quá hạn", "Tỷ lệ hoàn thành"),
                lines.stream().map(l -> List.of(l.label(), Formats.integer(l.counts().planned()),
                        Formats.integer(l.counts().doneOnTime()), Formats.integer(l.counts().doneLate()),
                        Formats.integer(l.counts().openInTime()), Formats.integer(l.counts().openOverdue()),
                        Formats.rate(l.counts().rate()))).toList(), totals);
    }

    private static Table rateTable(List<GroupLine> lines) {
        return Table.numbered(List.of("Cơ quan, địa phương", "Kế hoạch", "Hoàn thành", "Tỷ lệ"), lines.stream()
                .map(l -> List.of(l.label(), Formats.integer(l.counts().planned()), Formats.integer(l.counts().done()),
                        Formats.rate(l.counts().rate()))).toList(), 0);
    }

    /**
     * One round's accepted figures (ADR 0023): the national reporter's figures with their levels, under its name and
     * the round's cut-off; national sums with their coverage; a table of the group totals with their coverage. What
     * may not be stated is said to be missing: one agency's figure never stands for its group or the nation.
     */
    private static void situation(BriefContent.Situation situation, List<Block> blocks) {
        String round = situation.round() + ", số liệu tính đến ngày " + Formats.date(situation.cutoff());
        String coverage = "mới có báo cáo được chấp nhận của " + situation.ministriesReported() + "/"
                + situation.ministriesAsked() + " bộ, cơ quan ngang bộ và " + situation.provincesReported() + "/"
                + situation.provincesAsked() + " tỉnh, thành phố trực thuộc trung ương";
        if (situation.lines().isEmpty()) {
            blocks.add(new Text(round + ": chưa có số liệu toàn quốc hoặc số liệu tổng hợp theo khối (" + coverage
                    + "; số liệu của một cơ quan, địa phương không được dùng làm số liệu chung)."));
            return;
        }
        List<BriefContent.FigureLine> reported = situation.lines().stream()
                .filter(line -> line.national() != null && line.national().reportedBy() != null || !line.levels().isEmpty()).toList();
        if (!reported.isEmpty()) {
            blocks.add(new Text("Theo số liệu của " + situation.reporter() + " (" + round + "):"));
            for (BriefContent.FigureLine line : reported) {
                List<String> levels = line.levels().stream().map(level -> level.level() + " " + amount(line, level.amount())).toList();
                String national = line.national() == null || line.national().reportedBy() == null ? "" : amount(line, line.national());
                String joined = String.join("; ", levels);
                blocks.add(new Text("- " + line.indicator() + ": " + (national.isEmpty() ? joined
                        : levels.isEmpty() ? national : national + " (" + joined + ")") + "."));
            }
        }
        List<BriefContent.FigureLine> summed = situation.lines().stream()
                .filter(line -> line.national() != null && line.national().reportedBy() == null).toList();
        if (!summed.isEmpty()) {
            blocks.add(new Text("Tổng hợp từ báo cáo đã được chấp nhận của các bộ, ngành, địa phương (" + round + "):"));
            for (BriefContent.FigureLine line : summed) {
                blocks.add(new Text("- " + line.indicator() + ": " + amount(line, line.national()) + " (theo báo cáo của "
                        + line.national().reporters() + "/" + line.national().asked() + " cơ quan, địa phương)."));
            }
        }
        List<BriefContent.FigureLine> grouped = situation.lines().stream()
                .filter(line -> line.ministries() != null || line.provinces() != null).toList();
        if (grouped.isEmpty()) {
            blocks.add(new Text("Chưa có số liệu tổng hợp theo khối (" + coverage + ")."));
            return;
        }
        blocks.add(Table.numbered(List.of("Chỉ tiêu", "Bộ, cơ quan ngang bộ", "Tỉnh, thành phố"), grouped.stream()
                .map(line -> List.of(line.indicator(), covered(line, line.ministries()), covered(line, line.provinces())))
                .toList(), 0));
        blocks.add(new Text("Số liệu theo khối là tổng số liệu trong các báo cáo đã được chấp nhận (số cơ quan, địa phương "
                + "đã báo cáo/số được yêu cầu báo cáo); tỷ lệ tính từ tổng số liệu. \"—\": chưa có số liệu hoặc mới có báo cáo của "
                + "một cơ quan, địa phương."));
    }

    private static String covered(BriefContent.FigureLine line, BriefContent.Amount amount) {
        return amount == null ? "—" : amount(line, amount) + " (" + amount.reporters() + "/" + amount.asked() + ")";
    }

    /**
     * A figure as a state document writes it: rates with two decimals (and the counts behind them: "62/63 (98,41%)"),
     * millions of dossiers or accounts as "3,6 triệu", thousands of billions of đồng as "2,39 nghìn tỷ đồng".
     */
    static String amount(BriefContent.FigureLine line, BriefContent.Amount amount) {
        BigDecimal value = amount.value();
        return switch (line.unit()) {
            case PERCENT -> amount.part() != null && amount.whole() != null
                    ? Formats.number(amount.part()) + "/" + Formats.number(amount.whole()) + " (" + Formats.rate(value) + ")"
                    : Formats.rate(value);
            case COUNT -> large(value, BigDecimal.valueOf(1_000_000), "triệu", "");
            case VND -> large(value, BigDecimal.valueOf(1_000_000_000_000L), "nghìn tỷ đồng", " đồng");
            case SCORE -> Formats.number(value);
        };
    }

    private static String large(BigDecimal value, BigDecimal unit, String unitName, String suffix) {
        BigDecimal inUnits = value.divide(unit);
        if (value.compareTo(unit) >= 0 && inUnits.stripTrailingZeros().scale() <= 2) {
            return Formats.number(inUnits) + " " + unitName;
        }
        return Formats.number(value) + suffix;
    }

    private static String orPlaceholder(String text) {
        return text == null || text.isBlank() ? "(Văn phòng Ban Chỉ đạo bổ sung nội dung.)" : text;
    }
}
