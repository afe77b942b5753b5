package vn.gov.cchc.portal.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import vn.gov.cchc.portal.plan.AgencyPlanService;
import vn.gov.cchc.portal.plan.PlanRecord;
import vn.gov.cchc.portal.storage.UploadReceiver;

/** Attaches the plan document as its signer signed it (a PDF) to a draft; the one attached before is replaced. */
class SignedFileDialog extends Dialog {

    SignedFileDialog(AgencyPlanService plans, PlanRecord plan, Runnable afterwards) {
        setHeaderTitle(getTranslation("plan.signed.title", PlanTexts.kind(this, plan), String.valueOf(plan.year())));
        addClassName("plan-signed-dialog");
        add(new Paragraph(getTranslation(plan.signedFileName() == null ? "plan.signed.none" : "plan.signed.current",
                plan.signedFileName())));
        add(UploadReceiver.field(List.of("application/pdf", ".pdf"), "plan.signed.attached",
                file -> plans.attachSigned(plan.id(), plan.version(), file), () -> {
                    close();
                    afterwards.run();
                }));
        getFooter().add(new Button(getTranslation("action.close"), click -> close()));
    }
}
