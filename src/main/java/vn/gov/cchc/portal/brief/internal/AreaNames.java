package vn.gov.cchc.portal.brief.internal;

import vn.gov.cchc.portal.task.ReformArea;

/** The reform areas as a Vietnamese state document names them (briefs are issued in Vietnamese). */
final class AreaNames {

    private AreaNames() {
    }

    static String vietnamese(ReformArea area) {
        return switch (area) {
            case INSTITUTIONS -> "Cải cách thể chế";
            case PROCEDURES -> "Cải cách thủ tục hành chính";
            case APPARATUS -> "Cải cách tổ chức bộ máy";
            case CIVIL_SERVICE -> "Cải cách chế độ công vụ";
            case PUBLIC_FINANCE -> "Cải cách tài chính công";
            case DIGITAL_GOVERNMENT -> "Xây dựng và phát triển Chính phủ điện tử, Chính phủ số";
            case DIRECTION -> "Công tác chỉ đạo, điều hành";
        };
    }
}
