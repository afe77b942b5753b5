package vn.gov.cchc.portal.search.internal;

/** The text of a generated meeting record for the search benchmark: varied sentences of a secretariat's minutes. */
final class MinutesText {

    private static final String[] PLACES = {"Krông Pắc", "Ea H'leo", "Buôn Đôn", "Cư Jút", "Lắk", "M'Đrắk", "Ea Kar", "Krông Năng",
        "Bình Liêu", "Mường Lát", "Quan Sơn", "Kỳ Sơn", "Tây Giang", "Đắk Glei", "A Lưới", "Phong Thổ"};
    private static final String[] SUBJECTS = {"thủ tục hành chính", "hồ sơ trực tuyến", "chữ ký số", "bộ phận một cửa",
        "dịch vụ công toàn trình", "số hóa kết quả giải quyết", "cơ sở dữ liệu dân cư", "chứng thực điện tử",
        "thanh toán trực tuyến", "đánh giá mức độ hài lòng"};
    private static final String[] ACTIONS = {"Ý kiến chỉ đạo", "Biên bản họp", "Báo cáo tiến độ", "Kiến nghị của địa phương",
        "Kết luận của Trưởng ban", "Đề xuất của Văn phòng"};

    private MinutesText() {
    }

    static String of(int seed) {
        StringBuilder text = new StringBuilder();
        for (int sentence = 0; sentence < 12; sentence++) {
            int n = seed * 31 + sentence * 7;
            text.append(ACTIONS[Math.floorMod(n, ACTIONS.length)]).append(" về ").append(SUBJECTS[Math.floorMod(n / 3, SUBJECTS.length)])
                    .append(" tại ").append(PLACES[Math.floorMod(n / 5 + seed, PLACES.length)]).append(": đã xử lý ")
                    .append(Math.floorMod(n * 97, 9_000) + 100).append(" hồ sơ, đạt ").append(Math.floorMod(n, 40) + 60)
                    .append("% so với kế hoạch quý ").append(Math.floorMod(n, 4) + 1).append(". ");
        }
        return text.toString();
    }
}
