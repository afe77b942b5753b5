package vn.gov.cchc.portal.brief;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.gov.cchc.portal.brief.BriefContent.GroupLine;
import vn.gov.cchc.portal.common.Formats;

/**
 * The brief as a sequence of blocks in the order of a state document (Decree 30/2020/NĐ-CP): header with issuing
 * body and national motto, place and date, title, numbered sections with tables, signature. The DOCX and PDF
 * writers only lay these blocks out, so both formats always say the same.
 */
public record BriefDocument(Header header, String title, String subtitle, boolean draft, List<Block> blocks,
        String signerRole, String signer) {

    public sealed interface Block permits Heading, Text, Table {
    }

    public record Header(String parentBody, String issuingBody, String number, String placeAndDate) {
    }

    public record Heading(String text) implements Block {
    }

    public record Text(String text) implements Block {
    }

    /**
     * A table as state documents print them: an STT column first (empty on a total line), names left, numbers
     * right-aligned, each column as wide as its content needs. Both writers take alignment and widths from here.
     */
    public record Table(List<String> headers, List<List<String>> rows) implements Block {

        private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("[0-9.,%—-]*");

        /** Numbers the rows 1, 2, …; the last {@code totals} rows (e.g. "Tổng cộng") get no number. */
        public static Table numbered(List<String> headers, List<List<String>> rows, int totals) {
            List<String> withStt = new ArrayList<>();
            withStt.add("STT");
            withStt.addAll(headers);
            List<List<String>> numbered = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                List<String> row = new ArrayList<>();
                row.add(i < rows.size() - totals ? String.valueOf(i + 1) : "");
                row.addAll(rows.get(i));
                numbered.add(row);
            }
            return new Table(withStt, numbered);
        }

        /** A column of numbers (every cell a number, a rate or a dash) is right-aligned. */
        public boolean numeric(int column) {
            return !rows.isEmpty() && rows.stream().allMatch(row -> NUMBER.matcher(row.get(column)).matches());
        }

        /**
         * The share of the width each column gets, from what it needs in characters: a number column its longest
         * value or header word, a text column its longest cell up to 32 characters (longer ones wrap), plus padding.
         */
        public double[] widths() {
            double[] needs = new double[headers.size()];
            for (int c = 0; c < needs.length; c++) {
                int longestWord = java.util.Arrays.stream(headers.get(c).split("\\s+")).mapToInt(String::length).max().orElse(1);
                int longestCell = 0;
                for (List<String> row : rows) {
                    longestCell = Math.max(longestCell, row.get(c).length());
                }
                needs[c] = 3 + (numeric(c) ? Math.max(longestWord, longestCell) : Math.max(longestWord, Math.min(longestCell, 32)));
            }
            double total = java.util.Arrays.stream(needs).sum();
            return java.util.Arrays.stream(needs).map(need -> need / total).toArray();
        }
    }

    public static final String MOTTO_COUNTRY = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    public static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";

    public static BriefDocument of(BriefContent content, Narratives narratives, String number, LocalDate issuedOn, String signer,
            boolean draft) {
        LocalDate date = issuedOn != null ? issuedOn : content.session().date();
        Header header = new Header("BAN CHỈ ĐẠO CẢI CÁCH HÀNH CHÍNH CỦA CHÍNH PHỦ", "VĂN PHÒNG",
                "Số: " + (number == null || number.isBlank() ? "      /BC-VPBCĐ" : number),
                content.session().place() + ", " + vietnameseDate(date));
        String cutoff = Formats.date(content.session().cutoff());
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Heading("I. TÌNH HÌNH CHUNG"));
        situation(content.situation(), blocks);
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
        return new BriefDocument(header, "BÁO CÁO TÓM TẮT",
                "Tình hình thực hiện nhiệm vụ cải cách hành chính phục vụ Phiên họp thứ " + content.session().number()
                        + " của Ban Chỉ đạo cải cách hành chính của Chính phủ", draft, blocks,
                "TL. TRƯỞNG BAN\nCHÁNH VĂN PHÒNG", signer == null ? "" : signer);
    }

    /** "ngày 19 tháng 7 năm 2023"; days below 10 and months 1 and 2 take a leading zero (Decree 30). */
    public static String vietnameseDate(LocalDate date) {
        String day = date.getDayOfMonth() < 10 ? "0" + date.getDayOfMonth() : String.valueOf(date.getDayOfMonth());
        String month = date.getMonthValue() < 3 ? "0" + date.getMonthValue() : String.valueOf(date.getMonthValue());
        return "ngày " + day + " tháng " + month + " năm " + date.getYear();
    }

    private static Table figuresTable(String firstHeader, List<GroupLine> lines, int totals) {
        return Table.numbered(List.of(firstHeader, "Kế hoạch", "Hoàn thành đúng hạn", "Hoàn thành quá hạn",
                "Chưa hoàn thành, trong hạn", "Chưa hoàn thành, quá hạn", "Tỷ lệ hoàn thành"),
                lines.stream().map(l -> List.of(l.label(), Formats.integer(l.counts().planned()),
                        Formats.integer(l.counts().doneOnTime()), Formats.integer(l.counts().doneLate()),
                        Formats.integer(l.counts().openInTime()), Formats.integer(l.counts().openOverdue()),
                        Formats.percent(l.counts().rate()))).toList(), totals);
    }

    private static Table rateTable(List<GroupLine> lines) {
        return Table.numbered(List.of("Cơ quan, địa phương", "Kế hoạch", "Hoàn thành", "Tỷ lệ"), lines.stream()
                .map(l -> List.of(l.label(), Formats.integer(l.counts().planned()), Formats.integer(l.counts().done()),
                        Formats.percent(l.counts().rate()))).toList(), 0);
    }

    /**
     * The period's accepted figures: a sentence per indicator with a national figure ("Tỷ lệ hồ sơ giải quyết trước
     * và đúng hạn đạt 98,01%."), then a table by group.
     */
    private static void situation(BriefContent.Situation situation, List<Block> blocks) {
        if (situation == null || situation.lines().isEmpty()) {
            return;
        }
        blocks.add(new Text("Theo báo cáo của các bộ, ngành, địa phương (" + situation.round() + ", số liệu tính đến ngày "
                + Formats.date(situation.cutoff()) + "):"));
        for (BriefContent.FigureLine line : situation.lines()) {
            blocks.add(new Text("- " + line.indicator() + (line.rate() ? " đạt " : ": ") + figure(line, line.national()) + "."));
        }
        blocks.add(Table.numbered(List.of("Chỉ tiêu", "Toàn quốc", "Bộ, cơ quan ngang bộ", "Tỉnh, thành phố"),
                situation.lines().stream().map(line -> List.of(line.indicator(), figure(line, line.national()),
                        figure(line, line.ministries()), figure(line, line.provinces()))).toList(), 0));
    }

    private static String figure(BriefContent.FigureLine line, java.math.BigDecimal value) {
        if (value == null) {
            return "—";
        }
        return line.rate() ? Formats.percent(value) : Formats.number(value);
    }

    private static String orPlaceholder(String text) {
        return text == null || text.isBlank() ? "(Văn phòng Ban Chỉ đạo bổ sung nội dung.)" : text;
    }
}
