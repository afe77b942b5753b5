package vn.gov.cchc.portal.plan.ui;

import com.vaadin.flow.component.Component;
import vn.gov.cchc.portal.common.Formats;
import vn.gov.cchc.portal.plan.PlanRecord;

/** How the plan screens name a plan document: "Kế hoạch" or "Điều chỉnh, bổ sung lần 2", and "301/KH-UBND ngày 28/12/2026". */
final class PlanTexts {

    private PlanTexts() {
    }

    static String kind(Component owner, PlanRecord plan) {
        return plan.amendment() ? owner.getTranslation("plan.kind.amendment", plan.sequence())
                : owner.getTranslation("plan.kind.plan");
    }

    static String document(Component owner, PlanRecord plan) {
        if (plan.document().number() == null) {
            return "";
        }
        return plan.document().date() == null ? plan.document().number()
                : owner.getTranslation("plan.document.numberOn", plan.document().number(), Formats.date(plan.document().date()));
    }

    static String state(Component owner, PlanRecord plan) {
        return owner.getTranslation(plan.state().messageKey());
    }
}
