package vn.gov.cchc.portal.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * A state document as a sequence of blocks in the order Decree 30/2020/NĐ-CP sets (the session briefs, the inspection
 * conclusion notices): header with issuing body and national motto, place and date, title, numbered sections with
 * tables, signature. The DOCX and PDF writers ({@link StateDocuments}) only lay these blocks out, so both formats
 * always say the same.
 */
public record StateDocument(Header header, String title, String subtitle, boolean draft, List<Block> blocks,
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

        private static final Pattern NUMBER = Pattern.compile("[0-9.,%—()/ -]*");

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
                int longestWord = Arrays.stream(headers.get(c).split("\\s+")).mapToInt(String::length).max().orElse(1);
                int longestCell = 0;
                for (List<String> row : rows) {
                    longestCell = Math.max(longestCell, row.get(c).length());
                }
                needs[c] = 3 + (numeric(c) ? Math.max(longestWord, longestCell) : Math.max(longestWord, Math.min(longestCell, 32)));
            }
            double total = Arrays.stream(needs).sum();
            return Arrays.stream(needs).map(need -> need / total).toArray();
        }
    }

    public static final String MOTTO_COUNTRY = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    public static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";

    /** "ngày 19 tháng 7 năm 2023"; days below 10 and months 1 and 2 take a leading zero (Decree 30). */
    public static String vietnameseDate(LocalDate date) {
        String day = date.getDayOfMonth() < 10 ? "0" + date.getDayOfMonth() : String.valueOf(date.getDayOfMonth());
        String month = date.getMonthValue() < 3 ? "0" + date.getMonthValue() : String.valueOf(date.getMonthValue());
        return "ngày " + day + " tháng " + month + " năm " + date.getYear();
    }
}
