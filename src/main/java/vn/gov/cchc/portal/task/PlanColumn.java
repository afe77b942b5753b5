package vn.gov.cchc.portal.task;

import java.util.ArrayList;
import java.util.List;

/**
 * The columns of the yearly plan spreadsheet (kế hoạch cải cách hành chính năm), in order. Their headers are part
 * of the file format, written in Vietnamese whatever the user's language, so that a file filled anywhere imports.
 */
public enum PlanColumn {
    NUMBER("STT", 6, "TT", "Số TT", "Số thứ tự"),
    CODE("Mã nhiệm vụ", 12, "Mã"),
    TITLE("Nội dung nhiệm vụ", 60, "Nhiệm vụ", "Nội dung", "Tên nhiệm vụ", "Nội dung công việc", "Nhiệm vụ, giải pháp"),
    AREA("Lĩnh vực", 28, "Lĩnh vực cải cách", "Nội dung cải cách"),
    LEAD("Cơ quan chủ trì", 32, "Cơ quan chủ trì thực hiện", "Đơn vị chủ trì", "Đơn vị chủ trì thực hiện", "Chủ trì",
            "Cơ quan, đơn vị chủ trì"),
    SUPPORT("Cơ quan phối hợp", 32, "Cơ quan phối hợp thực hiện", "Đơn vị phối hợp", "Phối hợp", "Cơ quan, đơn vị phối hợp"),
    DEADLINE("Thời hạn hoàn thành", 14, "Thời gian hoàn thành", "Thời hạn", "Thời gian thực hiện", "Thời gian"),
    PRODUCT("Sản phẩm", 30, "Kết quả/sản phẩm", "Kết quả, sản phẩm", "Sản phẩm dự kiến", "Kết quả dự kiến",
            "Sản phẩm đầu ra", "Kết quả"),
    DOCUMENT("Văn bản giao (số, ký hiệu)", 20, "Văn bản giao", "Số, ký hiệu văn bản", "Số văn bản"),
    DOCUMENT_DATE("Ngày văn bản", 14, "Ngày ban hành", "Ngày văn bản giao"),
    SIGNER("Người ký", 22),
    NOTE("Ghi chú", 30);

    /** What the lead column takes for a directive to every province, or to every ministry-level agency. */
    public static final String ALL_PROVINCES = "Tất cả các tỉnh";
    public static final String ALL_MINISTRIES = "Tất cả các bộ";

    private final String header;
    private final int width;
    private final List<String> names;

    PlanColumn(String header, int width, String... otherNames) {
        this.header = header;
        this.width = width;
        List<String> all = new ArrayList<>(List.of(header));
        all.addAll(List.of(otherNames));
        this.names = List.copyOf(all);
    }

    public String header() {
        return header;
    }

    /** The template's header first, then the other names plans give the column (compared without marks or case). */
    public List<String> names() {
        return names;
    }

    public int width() {
        return width;
    }
}
