package vn.gov.cchc.portal.common.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import java.util.List;
import vn.gov.cchc.portal.common.Formats;

/** Date pickers that read and write dd/MM/yyyy with month and day names in the user's language. */
public final class DatePickers {

    private DatePickers() {
    }

    public static DatePicker create(String labelKey, Component owner) {
        DatePicker picker = new DatePicker(owner.getTranslation(labelKey));
        localize(picker, owner);
        return picker;
    }

    public static void localize(DatePicker picker, Component owner) {
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setDateFormat(Formats.DATE_PATTERN);
        i18n.setMonthNames(split(owner.getTranslation("date.monthNames")));
        i18n.setWeekdays(split(owner.getTranslation("date.weekdays")));
        i18n.setWeekdaysShort(split(owner.getTranslation("date.weekdaysShort")));
        i18n.setFirstDayOfWeek(1);
        i18n.setToday(owner.getTranslation("date.today"));
        i18n.setCancel(owner.getTranslation("action.cancel"));
        picker.setI18n(i18n);
    }

    private static List<String> split(String commaSeparated) {
        return List.of(commaSeparated.split("\\s*,\\s*"));
    }
}
