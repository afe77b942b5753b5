package vn.gov.cchc.portal.warning;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import vn.gov.cchc.portal.common.Formats;
import vn.gov.cchc.portal.common.Texts;

/**
 * A condition in words with its figures: "Đã qua 70% thời gian, báo cáo gần nhất 20% ngày 02/05/2023", in the reader's
 * language (the task's history keeps the Vietnamese).
 */
public final class RiskReasons {

    private RiskReasons() {
    }

    public static String of(RiskSignal signal, Locale locale) {
        String last = signal.lastReportOn() == null ? Texts.get(locale, "warning.reason.noReport")
                : Texts.get(locale, "warning.reason.lastReport", signal.lastPercent() == null ? "–" : signal.lastPercent(),
                        Formats.date(signal.lastReportOn()));
        return switch (signal.kind()) {
            case SILENT -> Texts.get(locale, "warning.reason.SILENT", signal.daysSilent(), signal.elapsedPercent(), last);
            case BEHIND -> Texts.get(locale, "warning.reason.BEHIND", signal.elapsedPercent(), last);
            case CLOSE_AND_LOW -> Texts.get(locale, "warning.reason.CLOSE_AND_LOW", signal.daysLeft(), last);
            case REFUSED_OR_RETURNED -> Texts.get(locale, "warning.reason.REFUSED_OR_RETURNED",
                    signal.eventOn() == null ? "" : Formats.date(signal.eventOn()));
        };
    }

    /** Every condition, one after the other. */
    public static String of(List<RiskSignal> signals, Locale locale) {
        return signals.stream().map(signal -> of(signal, locale)).collect(Collectors.joining("; "));
    }
}
