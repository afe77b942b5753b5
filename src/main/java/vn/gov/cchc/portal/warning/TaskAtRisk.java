package vn.gov.cchc.portal.warning;

import java.util.List;
import vn.gov.cchc.portal.task.ProgressFacts;

/** A task at risk on a day: what its history said then, and each condition it meets. */
public record TaskAtRisk(ProgressFacts task, List<RiskSignal> signals) {
}
