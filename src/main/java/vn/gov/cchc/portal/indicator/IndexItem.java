package vn.gov.cchc.portal.indicator;

import java.math.BigDecimal;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A node of an index's framework: an area (lĩnh vực, no parent), a criterion (tiêu chí) or a sub-criterion (tiêu chí
 * thành phần), with its maximum score where the framework gives one. {@code code} is the numbering of the decision
 * ("1", "1.2", "1.2.3").
 */
public record IndexItem(String code, @Nullable String parentCode, String nameVi, String nameEn, @Nullable BigDecimal maxScore) {

    public boolean area() {
        return parentCode == null;
    }

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameVi;
    }
}
