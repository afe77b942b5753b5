package vn.gov.cchc.portal.warning.internal;

import org.springframework.stereotype.Component;
import vn.gov.cchc.portal.task.TaskMark;

/** The task grid's filter "at risk" on its day, read from each task's precomputed segments (ADR 0026). */
@Component
public class AtRiskMark implements TaskMark {

    public static final String KEY = "at-risk";

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public String labelKey() {
        return "warning.mark.atRisk";
    }

    @Override
    public String condition() {
        return "EXISTS (SELECT 1 FROM risk_segment r WHERE r.task_id = t.id AND r.at_risk AND r.from_date <= :asOf"
                + " AND r.to_date > :asOf)";
    }
}
