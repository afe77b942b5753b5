package vn.gov.cchc.portal.task;

/**
 * The columns of an agency's task list as it exports it to report progress in bulk, in order; the last two are the
 * ones it fills in. Headers in Vietnamese whatever the user's language: the file comes back to be read.
 */
public enum ProgressColumn {
    NUMBER("STT", 6),
    CODE("Mã nhiệm vụ", 12),
    TITLE("Nội dung nhiệm vụ", 60),
    ROLE("Vai trò", 12),
    DEADLINE("Thời hạn hoàn thành", 14),
    STATUS("Trạng thái", 24),
    PERCENT("Tỷ lệ hoàn thành (%)", 14),
    REPORT("Nội dung báo cáo", 70);

    private final String header;
    private final int width;

    ProgressColumn(String header, int width) {
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
