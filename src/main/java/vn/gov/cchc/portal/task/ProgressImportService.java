package vn.gov.cchc.portal.task;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.cchc.portal.security.Access;
import vn.gov.cchc.portal.spreadsheet.CellValues;
import vn.gov.cchc.portal.spreadsheet.RowProblem;
import vn.gov.cchc.portal.spreadsheet.SheetHeader;
import vn.gov.cchc.portal.spreadsheet.SheetReader;
import vn.gov.cchc.portal.spreadsheet.SheetReader.SheetRow;
import vn.gov.cchc.portal.storage.IncomingFile;

/**
 * An agency reports progress on many of its tasks at once: it exports its task list ({@link ProgressColumn}), fills
 * in the rate and the report of the tasks it has news of, and uploads the file. Each filled row becomes a report of
 * that task, saved as a draft or sent, through {@link ProgressReportService}'s own rules; a row of a task the agency
 * does not lead is refused, whatever the file says, without saying whether such a task exists.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Access.AGENCY_USERS)
public class ProgressImportService {

    /** The statuses of a task that still takes reports. */
    private static final Set<TaskStatus> OPEN = EnumSet.of(TaskStatus.OPEN_IN_TIME, TaskStatus.DUE_SOON,
            TaskStatus.OPEN_OVERDUE, TaskStatus.NO_DEADLINE, TaskStatus.AWAITING_CONFIRMATION);
    private static final int NARRATIVE_MAX = 4000;

    private final AgencyTaskService agencyTasks;
    private final ProgressReportService progress;
    private final TaskSettings settings;

    ProgressImportService(AgencyTaskService agencyTasks, ProgressReportService progress, TaskSettings settings) {
        this.agencyTasks = agencyTasks;
        this.progress = progress;
        this.settings = settings;
    }

    /** What the file would report; saves nothing. */
    public ProgressPreview preview(IncomingFile file) {
        try (InputStream in = Files.newInputStream(file.path())) {
            return check(file.fileName(), SheetReader.read(in, null, settings.importMaxRows()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Checks the previewed rows again and, if nothing stands in the way, saves each as the task's draft report (the
     * draft it had is overwritten) and, with {@code send}, sends it: all or nothing.
     */
    @Transactional
    public ProgressPreview confirm(ProgressPreview preview, boolean send) {
        ProgressPreview checked = check(preview.fileName(), preview.source());
        if (!checked.problems().isEmpty()) {
            return checked;
        }
        for (ProgressLine line : checked.lines()) {
            Optional<ProgressReport> draft = progress.reports(line.taskId()).stream()
                    .filter(report -> !report.submitted()).findFirst();
            ProgressReport saved = progress.saveDraft(line.taskId(), draft.map(ProgressReport::id).orElse(null),
                    draft.map(ProgressReport::version).orElse(0L), line.percentDone(), line.narrative());
            if (send) {
                progress.submit(line.taskId(), saved.id(), saved.version());
            }
        }
        return checked;
    }

    private ProgressPreview check(String fileName, List<SheetRow> rows) {
        List<RowProblem> problems = new ArrayList<>();
        List<ProgressLine> lines = new ArrayList<>();
        Optional<SheetHeader> found = SheetHeader.find(rows, ProgressColumn.CODE.header(),
                Arrays.stream(ProgressColumn.values()).map(ProgressColumn::header).toList());
        if (found.isEmpty() || !found.get().has(ProgressColumn.PERCENT.header())
                || !found.get().has(ProgressColumn.REPORT.header())) {
            problems.add(new RowProblem(found.map(SheetHeader::rowNumber).orElse(1), null, "progress.error.noHeader",
                    List.of(ProgressColumn.CODE.header(), ProgressColumn.PERCENT.header(), ProgressColumn.REPORT.header())));
            return new ProgressPreview(fileName, lines, problems, rows);
        }
        SheetHeader header = found.get();
        Map<Long, AgencyTaskRow> mine = agencyTasks.myTasks(new AgencyTaskFilter(null, null, null, null)).stream()
                .collect(Collectors.toMap(AgencyTaskRow::id, Function.identity()));
        Map<Long, Integer> seen = new HashMap<>();
        for (SheetRow row : header.dataRows(rows)) {
            String percentText = header.cell(row, ProgressColumn.PERCENT.header());
            String narrative = header.cell(row, ProgressColumn.REPORT.header());
            if (percentText.isEmpty() && narrative.isEmpty()) {
                continue; // no news of this task
            }
            String codeText = header.cell(row, ProgressColumn.CODE.header());
            Optional<AgencyTaskRow> task = CellValues.wholeNumber(codeText).map(mine::get);
            Optional<Integer> percent = percent(percentText);
            String problem = null;
            String column = ProgressColumn.CODE.header();
            Object[] arguments = {codeText};
            if (task.isEmpty()) {
                problem = "progress.error.notYours";
            } else if (task.get().relation() != AgencyTaskRow.Relation.LEAD) {
                problem = "progress.error.support";
            } else if (!OPEN.contains(task.get().status())) {
                problem = "task.workflow.closed";
            } else if (seen.putIfAbsent(task.get().id(), row.number()) != null) {
                problem = "plan.error.duplicate";
                arguments = new Object[] {seen.get(task.get().id())};
            } else if (percent.isEmpty()) {
                problem = "task.validation.percent";
                column = ProgressColumn.PERCENT.header();
            } else if (narrative.length() > NARRATIVE_MAX) {
                problem = "validation.tooLong";
                column = ProgressColumn.REPORT.header();
                arguments = new Object[] {NARRATIVE_MAX};
            }
            if (problem != null) {
                problems.add(new RowProblem(row.number(), column, problem, Arrays.asList(arguments)));
            } else {
                lines.add(new ProgressLine(row.number(), task.get().id(), task.get().title(), percent.get(), narrative));
            }
        }
        return new ProgressPreview(fileName, lines, problems, rows);
    }

    /** "45", "45%" or "45 %" (a cell formatted as a percentage reads "45%"), from 0 to 100. */
    private static Optional<Integer> percent(String text) {
        return CellValues.wholeNumber(text.replace("%", "").strip()).filter(value -> value <= 100).map(Long::intValue);
    }
}
