package vn.gov.cchc.portal.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import vn.gov.cchc.portal.common.Formats;
import vn.gov.cchc.portal.common.ValidationException;
import vn.gov.cchc.portal.common.ui.Downloads;
import vn.gov.cchc.portal.common.ui.Messages;
import vn.gov.cchc.portal.plan.PlanDeskService;
import vn.gov.cchc.portal.plan.PlanRecord;
import vn.gov.cchc.portal.spreadsheet.RowProblemGrid;
import vn.gov.cchc.portal.task.PlanAction;
import vn.gov.cchc.portal.task.PlanLinesGrid;
import vn.gov.cchc.portal.task.PlanPreview;

/**
 * A submitted plan or amendment read row by row as the registry stands today; received (its tasks created) or
 * returned to the agency with a reason.
 */
class ReceiveDialog extends Dialog {

    ReceiveDialog(PlanDeskService desk, PlanRecord plan, Runnable afterwards) {
        setHeaderTitle(getTranslation("plan.receive.title", PlanTexts.kind(this, plan), String.valueOf(plan.year()), plan.agencyName()));
        setWidth("min(1200px, 95vw)");
        addClassName("plan-receive-dialog");
        PlanPreview preview = desk.lines(plan.id());
        add(new Paragraph(getTranslation("plan.receive.document", PlanTexts.document(this, plan),
                plan.document().signer() == null ? "—" : plan.document().signer(), Formats.integer(preview.count(PlanAction.CREATE)))));
        if (plan.signedFileName() != null) {
            add(Downloads.link(getTranslation("plan.action.signedFile"), () -> desk.signedFile(plan.id())));
        }
        if (plan.summary() != null) {
            add(new Paragraph(getTranslation("plan.receive.summary", plan.summary())));
        }
        RowProblemGrid problems = new RowProblemGrid();
        problems.setItems(preview.problems());
        problems.setVisible(!preview.problems().isEmpty());
        PlanLinesGrid lines = new PlanLinesGrid();
        lines.setItems(preview.lines());
        TextArea reason = new TextArea(getTranslation("plan.field.returnReason"));
        reason.setMaxLength(2000);
        reason.setWidthFull();
        add(problems, lines, reason);
        Button giveBack = new Button(getTranslation("plan.action.return"), click -> {
            try {
                desk.giveBack(plan.id(), plan.version(), reason.getValue());
                Messages.success(this, "plan.receive.returned", plan.agencyName());
                close();
                afterwards.run();
            } catch (ValidationException refused) {
                Messages.error(this, refused, "reason".equals(refused.field()) ? reason : null);
            }
        });
        giveBack.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Button receive = new Button(getTranslation("plan.action.receive", Formats.integer(preview.count(PlanAction.CREATE))), click -> {
            try {
                PlanRecord received = desk.receive(plan.id(), plan.version());
                Messages.success(this, "plan.receive.received", plan.agencyName(), Formats.integer(received.taskCount()));
                close();
                afterwards.run();
            } catch (ValidationException refused) {
                Messages.error(this, refused);
            }
        });
        receive.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        receive.setEnabled(preview.problems().isEmpty());
        receive.setDisableOnClick(true);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), giveBack, receive);
    }
}
