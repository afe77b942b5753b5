package vn.gov.cchc.portal.warning.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.gov.cchc.portal.common.Texts;
import vn.gov.cchc.portal.task.TaskNotice;
import vn.gov.cchc.portal.warning.RiskReasons;
import vn.gov.cchc.portal.warning.RiskService;
import vn.gov.cchc.portal.warning.RiskSignal;

/** The task's page says when the task is at risk of being late today, and why. */
@Component
class RiskNotice implements TaskNotice {

    private final RiskService risks;

    RiskNotice(RiskService risks) {
        this.risks = risks;
    }

    @Override
    public Optional<String> noticeOf(long taskId, Locale locale) {
        List<RiskSignal> signals = risks.today(taskId);
        return signals.isEmpty() ? Optional.empty()
                : Optional.of(Texts.get(locale, "task.atRisk", RiskReasons.of(signals, locale)));
    }
}
