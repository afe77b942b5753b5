package vn.gov.cchc.portal.task;

/** The six areas of the 2021–2030 programme (Resolution 76/NQ-CP) plus direction and management. */
public enum ReformArea {
    INSTITUTIONS,
    PROCEDURES,
    APPARATUS,
    CIVIL_SERVICE,
    PUBLIC_FINANCE,
    DIGITAL_GOVERNMENT,
    DIRECTION;

    public String messageKey() {
        return "task.area." + name();
    }

    /** The area as a Vietnamese state document names it (briefs and notices are issued in Vietnamese whatever the UI). */
    public String documentName() {
        return switch (this) {
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
