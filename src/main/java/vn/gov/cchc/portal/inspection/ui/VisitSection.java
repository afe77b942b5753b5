package vn.gov.cchc.portal.inspection.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.gov.cchc.portal.common.ui.DatePickers;
import vn.gov.cchc.portal.common.ui.FieldErrors;
import vn.gov.cchc.portal.common.ui.Messages;
import vn.gov.cchc.portal.inspection.InspectionDetails;
import vn.gov.cchc.portal.inspection.InspectionService;
import vn.gov.cchc.portal.inspection.Visit;

/** The team decision and the visit: the days, who received the team, the places checked on site, the documents. */
class VisitSection extends Div {

    VisitSection(InspectionDetails details, InspectionService inspections, Runnable saved) {
        addClassName("inspection-visit");
        add(new H3(getTranslation("inspection.visit")));
        Visit visit = details.visit();
        TextField decision = new TextField(getTranslation("inspection.visit.teamDecision"));
        decision.setMaxLength(255);
        DatePicker from = DatePickers.create("inspection.visit.from", this);
        DatePicker to = DatePickers.create("inspection.visit.to", this);
        TextArea receivedBy = area("inspection.visit.receivedBy", visit.receivedBy());
        TextArea places = area("inspection.visit.places", visit.places());
        TextArea documents = area("inspection.visit.documents", visit.documents());
        decision.setValue(visit.teamDecision() == null ? "" : visit.teamDecision());
        from.setValue(visit.from());
        to.setValue(visit.to());
        FormLayout form = new FormLayout(decision, from, to, receivedBy, places, documents);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));
        form.setColspan(receivedBy, 3);
        form.setColspan(places, 3);
        form.setColspan(documents, 3);
        boolean editable = details.editable();
        for (var field : List.of(decision, receivedBy, places, documents)) {
            field.setReadOnly(!editable);
        }
        from.setReadOnly(!editable);
        to.setReadOnly(!editable);
        add(form);
        if (editable) {
            add(new Button(getTranslation("action.save"), click -> {
                if (new FieldErrors(this).bind("teamDecision", decision).bind("to", to).bind("receivedBy", receivedBy)
                        .bind("places", places).bind("documents", documents).attempt(() -> inspections.recordVisit(details.summary().id(),
                                details.summary().version(), new Visit(decision.getValue(), from.getValue(), to.getValue(),
                                        receivedBy.getValue(), places.getValue(), documents.getValue())))) {
                    Messages.success(this, "inspection.visit.saved");
                    saved.run();
                }
            }));
        }
    }

    private TextArea area(String label, @Nullable String value) {
        TextArea area = new TextArea(getTranslation(label));
        area.setMaxLength(2000);
        area.setValue(value == null ? "" : value);
        return area;
    }
}
