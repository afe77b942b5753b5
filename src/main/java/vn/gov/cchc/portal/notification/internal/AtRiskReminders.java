package vn.gov.cchc.portal.notification.internal;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import org.springframework.stereotype.Component;
import vn.gov.cchc.portal.common.Formats;
import vn.gov.cchc.portal.notification.NotificationKind;
import vn.gov.cchc.portal.warning.AgencyRisk;
import vn.gov.cchc.portal.warning.RiskService;

/**
 * The morning run's early warning: once a week, each agency holding tasks at risk tells its users how many (a
 * reminder, so it goes into the daily digest), the line opening the agency's task list, most urgent first.
 */
@Component
class AtRiskReminders {

    private final RiskService risks;
    private final Notifier notifier;

    AtRiskReminders(RiskService risks, Notifier notifier) {
        this.risks = risks;
        this.notifier = notifier;
    }

    /** Returns how many agencies were told (as the system: it reads every agency). */
    int remind(LocalDate today) {
        String week = today.get(IsoFields.WEEK_BASED_YEAR) + "-W" + today.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        int told = 0;
        for (AgencyRisk row : risks.byAgency(today)) {
            if (row.atRisk() > 0) {
                notifier.notifyAgencyOnce(row.agencyId(), row.agencyId(), NotificationKind.AT_RISK_WEEKLY,
                        Formats.integer(row.atRisk()), NotificationKind.AT_RISK_WEEKLY.name() + ":" + row.agencyId() + ":" + week);
                told++;
            }
        }
        return told;
    }
}
