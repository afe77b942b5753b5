package vn.gov.cchc.portal.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The demo's generated people are invented: none bears the name of a person the sources name. */
class DemoPeopleTest {

    @Test
    void no_generated_name_is_a_real_officials() {
        Set<String> generated = new HashSet<>();
        for (int i = 0; i < 200_000; i++) {
            generated.add(DemoPeople.fullName("head of agency-" + i + "2023"));
        }

        assertThat(generated).as("the generator reaches its family and given names").hasSizeGreaterThan(1_000)
                .contains("Phạm Minh Dũng")
                .doesNotContainAnyElementsOf(List.of("Phạm Minh Hùng", "Phạm Minh Chính", "Lê Hải Hòa", "Trịnh Xuân Trường",
                        "Đinh Văn Thiệu"));
    }
}
