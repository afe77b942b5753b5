package vn.gov.cchc.portal.task.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import vn.gov.cchc.portal.common.FileContent;
import vn.gov.cchc.portal.common.Formats;
import vn.gov.cchc.portal.common.PortalTime;
import vn.gov.cchc.portal.common.ui.Downloads;
import vn.gov.cchc.portal.common.ui.TextLines;
import vn.gov.cchc.portal.task.Contribution;
import vn.gov.cchc.portal.task.Evidence;
import vn.gov.cchc.portal.task.ProgressReport;

/**
 * What the agencies have done on a task: the progress reports with their evidence files (open/download), and the
 * supporting agencies' notes. The secretariat reads it before it confirms a completion.
 */
final class TaskWorkRecord extends Div {

    TaskWorkRecord(List<ProgressReport> reports, List<Contribution> contributions,
            Function<Evidence, FileContent> download) {
        addClassName("task-work");
        add(new H3(getTranslation("agencyTask.reports")));
        if (reports.isEmpty()) {
            add(new Paragraph(getTranslation("agencyTask.noReports")));
        }
        for (ProgressReport report : reports) {
            add(report(report, download, null));
        }
        add(new H3(getTranslation("agencyTask.contributions")));
        // the notes are only read: one element for all of them (ADR 0022)
        add(contributions.isEmpty() ? new Paragraph(getTranslation("agencyTask.noContributions"))
                : TextLines.of("task-contributions", contributions.stream()
                        .map(note -> getTranslation("agencyTask.contribution", note.agency().in(getLocale()), note.author(),
                                Formats.DATE_TIME.format(note.createdAt().atZone(PortalTime.ZONE)), note.note()))
                        .toList()));
    }

    /** One report: who sent it when, the percentage, the text, and its files. */
    static Component report(ProgressReport report, Function<Evidence, FileContent> download, Consumer<Evidence> remove) {
        Div item = new Div();
        item.addClassName("progress-report");
        String when = Formats.DATE_TIME.format((report.submitted() ? report.submittedAt() : report.updatedAt())
                .atZone(PortalTime.ZONE));
        item.add(new Paragraph(item.getTranslation(report.submitted() ? "agencyTask.reportSubmitted" : "agencyTask.reportDraft",
                report.percentDone(), report.author(), when)));
        if (report.narrative() != null) {
            Paragraph narrative = new Paragraph(report.narrative());
            narrative.addClassName("report-narrative");
            item.add(narrative);
        }
        item.add(files(report.evidence(), download, report.submitted() ? null : remove));
        return item;
    }

    /** Evidence files as download links; with {@code remove}, each with a button that removes it. */
    static Component files(List<Evidence> files, Function<Evidence, FileContent> download, Consumer<Evidence> remove) {
        Div list = new Div();
        list.addClassName("evidence-list");
        for (Evidence file : files) {
            Div line = new Div(Downloads.link(file.fileName(), () -> download.apply(file)), new Span(" · "
                    + file.uploadedBy() + " · " + Formats.DATE_TIME.format(file.uploadedAt().atZone(PortalTime.ZONE))));
            if (remove != null) {
                Button removeButton = new Button(VaadinIcon.TRASH.create(), click -> remove.accept(file));
                removeButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
                removeButton.setAriaLabel(line.getTranslation("agencyTask.removeEvidence", file.fileName()));
                removeButton.setTooltipText(line.getTranslation("agencyTask.removeEvidence", file.fileName()));
                line.add(removeButton);
            }
            list.add(line);
        }
        return list;
    }
}
