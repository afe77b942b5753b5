package vn.gov.cchc.portal.task.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Generated titles read as a secretariat would write them: an action and its subject, no word said twice. */
class GeneratedTitlesTest {

    @Test
    void the_words_an_action_and_its_subject_share_are_said_once() {
        assertThat(TaskGenerator.title("Số hóa hồ sơ", "hồ sơ, kết quả giải quyết thủ tục hành chính"))
                .isEqualTo("Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính");
        assertThat(TaskGenerator.title("Số hóa hồ sơ", "thủ tục nội bộ")).isEqualTo("Số hóa hồ sơ thủ tục nội bộ");
        assertThat(TaskGenerator.title("Cắt giảm điều kiện kinh doanh về", "quy định kinh doanh"))
                .isEqualTo("Cắt giảm điều kiện kinh doanh về quy định kinh doanh");
    }

    @Test
    void no_generated_title_repeats_a_word_pair() {
        for (String action : TaskGenerator.ACTIONS) {
            for (String subject : TaskGenerator.SUBJECTS) {
                String[] words = TaskGenerator.title(action, subject).replace(",", "").split(" ");
                for (int i = 0; i + 3 < words.length; i++) {
                    assertThat(words[i] + " " + words[i + 1]).as(action + " / " + subject)
                            .isNotEqualTo(words[i + 2] + " " + words[i + 3]);
                }
            }
        }
    }
}
