package vn.gov.cchc.portal.task.internal;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.gov.cchc.portal.common.TextMatch;
import vn.gov.cchc.portal.task.ReformArea;

/**
 * Section rows of a plan as plans write them, as a pure rule: "I. CẢI CÁCH THỂ CHẾ", "II. Cải cách thủ tục hành
 * chính", "III - TỔ CHỨC BỘ MÁY", "Xây dựng và phát triển Chính phủ điện tử, Chính phủ số" — a Roman numeral or not,
 * the area's name in any case, with or without "Cải cách". The area they name is the area of the rows below.
 */
final class PlanSections {

    private static final Pattern ROMAN = Pattern.compile("^(?=[ivxl]+\\b)[ivxl]+\\s*[.\\-):]?\\s*");

    /** Words that name each area, tried in order (the first that a section's text contains). */
    private static final List<Object[]> AREAS = List.of(
            new Object[] {ReformArea.DIRECTION, "chi dao"},
            new Object[] {ReformArea.DIRECTION, "dieu hanh"},
            new Object[] {ReformArea.INSTITUTIONS, "the che"},
            new Object[] {ReformArea.PROCEDURES, "thu tuc hanh chinh"},
            new Object[] {ReformArea.APPARATUS, "bo may"},
            new Object[] {ReformArea.CIVIL_SERVICE, "cong vu"},
            new Object[] {ReformArea.PUBLIC_FINANCE, "tai chinh cong"},
            new Object[] {ReformArea.DIGITAL_GOVERNMENT, "chinh phu dien tu"},
            new Object[] {ReformArea.DIGITAL_GOVERNMENT, "chinh phu so"},
            new Object[] {ReformArea.DIGITAL_GOVERNMENT, "chinh quyen dien tu"},
            new Object[] {ReformArea.DIGITAL_GOVERNMENT, "chinh quyen so"},
            new Object[] {ReformArea.DIGITAL_GOVERNMENT, "chuyen doi so"});

    private PlanSections() {
    }

    /** Whether the cell starts with a Roman numeral ("I.", "IV -"): the row opens a section. */
    static boolean numbered(String cell) {
        return ROMAN.matcher(TextMatch.fold(cell)).lookingAt();
    }

    /** The area a section's title names, if it names one. */
    static Optional<ReformArea> area(String title) {
        String text = ROMAN.matcher(TextMatch.fold(title)).replaceFirst("").replaceAll("[^a-z0-9 ]+", " ")
                .replaceAll("\\s+", " ").strip();
        for (Object[] area : AREAS) {
            if (text.contains((String) area[1])) {
                return Optional.of((ReformArea) area[0]);
            }
        }
        return Optional.empty();
    }
}
