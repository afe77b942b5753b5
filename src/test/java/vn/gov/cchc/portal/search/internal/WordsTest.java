package vn.gov.cchc.portal.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.gov.cchc.portal.search.Segment;

/** Vietnamese the way people type it: without tone marks, in any case; nothing typed reads as full-text syntax. */
class WordsTest {

    @Test
    void tone_marks_and_the_bar_of_d_fall_away() {
        assertThat(Words.fold("Cải cách hành chính")).isEqualTo("cai cach hanh chinh");
        assertThat(Words.fold("Tỉnh Đắk Lắk")).isEqualTo("tinh dak lak");
        assertThat(Words.fold("Thành phố Huế")).isEqualTo("thanh pho hue");
        assertThat(Words.fold("Số 123/QĐ-TTg, ngày 31/12/2025")).isEqualTo("so 123 qd ttg ngay 31 12 2025");
    }

    @Test
    void a_query_keeps_its_words_of_two_letters_or_more_and_loses_any_syntax() {
        assertThat(Words.ofQuery("  DAK   lak ")).containsExactly("dak", "lak");
        assertThat(Words.ofQuery("a")).isEmpty();
        assertThat(Words.ofQuery("+cai* -cach \"hanh\" (chinh) ~x <y> @z")).containsExactly("cai", "cach", "hanh", "chinh");
        assertThat(Words.ofQuery("' OR 1=1; DROP TABLE task; --")).containsExactly("or", "drop", "table", "task");
    }

    @Test
    void the_words_that_matched_are_marked_in_the_text_as_it_was_written() {
        assertThat(Words.mark("Tỉnh Đắk Lắk báo cáo", Words.ofQuery("dak lak"))).containsExactly(new Segment("Tỉnh ", false),
                new Segment("Đắk", true), new Segment(" ", false), new Segment("Lắk", true), new Segment(" báo cáo", false));
    }

    @Test
    void a_long_text_is_cut_around_its_first_match() {
        String text = "Mở đầu ".repeat(60) + "Đắk Lắk" + " kết thúc".repeat(60);
        String around = Words.around(text, Words.ofQuery("dak"), 100);
        assertThat(around).contains("Đắk Lắk").startsWith("…").endsWith("…");
        assertThat(around.length()).isLessThanOrEqualTo(102);
    }
}
