package vn.gov.cchc.portal.common;

import java.util.Set;

/**
 * The people of the demo and generated data: the account names agency staff sign in with (one officer and one
 * leader per agency, e.g. {@code chuyenvien.quangninh}, {@code lanhdao.quangninh}), the secretariat's officer, and
 * real-looking Vietnamese names. Deterministic, so that a task's history names the same person every time.
 */
public final class DemoPeople {

    /** The secretariat officer who enters and follows up tasks in the demo. */
    public static final String SECRETARIAT = "vanphong";

    /**
     * The head of the secretariat who approves and issues the demo's documents (an invented person, also the register's
     * invented Chánh Văn phòng).
     */
    public static final String SECRETARIAT_HEAD = "lanhdaovp";

    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ",
        "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"};
    private static final String[] MIDDLE_MEN = {"Văn", "Đức", "Minh", "Quang", "Hữu", "Xuân", "Thanh", "Công"};
    private static final String[] MIDDLE_WOMEN = {"Thị", "Thu", "Ngọc", "Thanh", "Kim", "Hồng"};
    private static final String[] GIVEN_MEN = {"Hùng", "Dũng", "Tuấn", "Long", "Thắng", "Hải", "Sơn", "Trung", "Phong",
        "Khánh", "Nam", "Bình", "Cường", "Hiếu", "Quân", "Thịnh"};
    private static final String[] GIVEN_WOMEN = {"Hà", "Lan", "Hương", "Mai", "Hạnh", "Trang", "Thủy", "Yến", "Nga",
        "Phương", "Linh", "Hằng"};

    private DemoPeople() {
    }

    /** The officer (chuyên viên, đầu mối) of an agency, by its registry code. */
    /**
     * A demo user's mailbox: under a test domain of the portal, so that a demo's mail, even sent to a real server by
     * mistake, reaches nobody (on the default run it stays in the embedded catcher anyway).
     */
    public static String email(String username) {
        return username + "@thu-nghiem.cchc.gov.vn";
    }

    public static String officer(String agencyCode) {
        return "chuyenvien." + agencyCode.replace("-", "");
    }

    /** The leader (lãnh đạo) of an agency, by its registry code. */
    public static String leader(String agencyCode) {
        return "lanhdao." + agencyCode.replace("-", "");
    }

    /** People the sources name: a generated name is never one of theirs (they sign nothing the sources do not mention). */
    private static final Set<String> REAL = Set.of("Phạm Minh Chính", "Phạm Minh Hùng", "Lê Hải Hòa",
            "Trịnh Xuân Trường", "Đinh Văn Thiệu", "Hoàng Thị Cúc");

    /** A Vietnamese full name, the same for the same seed, never the name of a person the sources name. */
    public static String fullName(String seed) {
        int h = seed.hashCode() & 0x7fffffff;
        boolean woman = h % 3 == 0;
        String family = FAMILY[h % FAMILY.length];
        String middle = woman ? MIDDLE_WOMEN[(h / 7) % MIDDLE_WOMEN.length] : MIDDLE_MEN[(h / 7) % MIDDLE_MEN.length];
        int given = h / 53;
        String name = family + " " + middle + " " + (woman ? GIVEN_WOMEN[given % GIVEN_WOMEN.length] : GIVEN_MEN[given % GIVEN_MEN.length]);
        return REAL.contains(name) ? family + " " + middle + " " + (woman ? GIVEN_WOMEN[(given + 1) % GIVEN_WOMEN.length]
                : GIVEN_MEN[(given + 1) % GIVEN_MEN.length]) : name;
    }
}
