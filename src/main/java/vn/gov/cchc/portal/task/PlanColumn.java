package vn.gov.cchc.portal.task;

/**
 * The columns of the yearly plan spreadsheet (kế hoạch cải cách hành chính năm), in order. Their headers are part
 * of the file format, written in Vietnamese whatever the user's language, so that a file filled anywhere imports.
 */
public enum PlanColumn {
    NUMBER("STT", 6),
    CODE("Mã nhiệm vụ", 12),
    TITLE("Nội dung nhiệm vụ", 60),
    AREA("Lĩnh vực", 28),
    LEAD("Cơ quan chủ trì", 32),
    SUPPORT("Cơ quan phối hợp", 32),
    DEADLINE("Thời hạn hoàn thành", 14),
    PRODUCT("Sản phẩm", 30),
    DOCUMENT("Văn bản giao (số, ký hiệu)", 20),
    DOCUMENT_DATE("Ngày văn bản", 14),
    SIGNER("Người ký", 22),
    NOTE("Ghi chú", 30);

    /** What the lead column takes for a directive to every province, or to every ministry-level agency. */
    public static final String ALL_PROVINCES = "Tất cả các tỉnh";
    public static final String ALL_MINISTRIES = "Tất cả các bộ";

    private final String header;
    private final int width;

    PlanColumn(String header, int width) {
        this.header = header;
        this.width = width;
    }

    public String header() {
        return header;
    }

    public int width() {
        return width;
    }
}
