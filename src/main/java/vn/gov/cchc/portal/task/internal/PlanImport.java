package vn.gov.cchc.portal.task.internal;

import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.gov.cchc.portal.agency.AgencyFilter;
import vn.gov.cchc.portal.agency.AgencyGroup;
import vn.gov.cchc.portal.agency.AgencyNames;
import vn.gov.cchc.portal.agency.AgencyService;
import vn.gov.cchc.portal.agency.AgencySummary;
import vn.gov.cchc.portal.common.DocumentRef;
import vn.gov.cchc.portal.common.Formats;
import vn.gov.cchc.portal.common.TextMatch;
import vn.gov.cchc.portal.common.ValidationException;
import vn.gov.cchc.portal.spreadsheet.CellValues;
import vn.gov.cchc.portal.spreadsheet.RowProblem;
import vn.gov.cchc.portal.spreadsheet.SheetHeader;
import vn.gov.cchc.portal.spreadsheet.SheetReader.SheetRow;
import vn.gov.cchc.portal.spreadsheet.SheetReader;
import vn.gov.cchc.portal.storage.IncomingFile;
import vn.gov.cchc.portal.task.AgencySelection;
import vn.gov.cchc.portal.task.PlanAction;
import vn.gov.cchc.portal.task.PlanColumn;
import vn.gov.cchc.portal.task.PlanLine;
import vn.gov.cchc.portal.task.PlanOwner;
import vn.gov.cchc.portal.task.PlanPreview;
import vn.gov.cchc.portal.task.ReformArea;
import vn.gov.cchc.portal.task.TaskAssignment;
import vn.gov.cchc.portal.task.TaskPriority;
import vn.gov.cchc.portal.task.TaskRevised;

/**
 * Reads the rows of a plan file into tasks to create or update, and every problem that stops them, naming its row
 * and column; then, once confirmed, saves them through {@link TaskCreation} as the assignment form does.
 *
 * <p>A row with a "Mã nhiệm vụ" updates that task's texts (title, product, document, signer, note, supporting
 * agencies); its lead, area and deadline change only through the task's history, so a row that changes them is
 * refused. A row without one creates a task, or, with "Tất cả các tỉnh/bộ", a directive to every province or
 * ministry-level agency active on the document's date; a new row that is already a task (same document, title and
 * lead) changes nothing, so the same file imported twice creates nothing the second time.
 */
@Component
public class PlanImport {

    private static final int SUGGESTIONS = 3;
    private static final int BATCH = 100;
    private static final String DIRECTIVE_LEAD = "*";

    /** A row that imports: what it does and with what. */
    public record Entry(int row, PlanAction action, Long taskId, TaskContent content, List<AgencySummary> leads,
            Set<Long> support) {
    }

    /** The preview, and what confirming it saves. */
    public record Checked(PlanPreview preview, List<Entry> entries) {
    }

    private final TaskRepository tasks;
    private final TaskCreation creation;
    private final AgencyService agencies;
    private final AreaNames areas = new AreaNames();
    private final EntityManager entityManager;
    private final ApplicationEventPublisher events;

    PlanImport(TaskRepository tasks, TaskCreation creation, AgencyService agencies,
            EntityManager entityManager, ApplicationEventPublisher events) {
        this.tasks = tasks;
        this.events = events;
        this.entityManager = entityManager;
        this.creation = creation;
        this.agencies = agencies;
    }

    /**
     * The rows of a plan file, at most {@code maxRows} after the header.
     *
     * @throws ValidationException a file that cannot be read as a spreadsheet, or one with more rows, with why
     */
    public static List<SheetRow> rows(IncomingFile file, int maxRows) {
        try (InputStream in = Files.newInputStream(file.path())) {
            return SheetReader.read(in, null, maxRows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Checks every row; reads the tasks the rows name and the agencies, and writes nothing. {@code typed}: the plan's
     * document typed at upload, for rows without their own.
     */
    public Checked check(String fileName, List<SheetRow> rows, DocumentRef typed) {
        return new Run(fileName, rows, typed, null).check();
    }

    /** As {@link #check(String, List, DocumentRef)}, for the agency's own plan of a year. */
    public Checked check(String fileName, List<SheetRow> rows, DocumentRef typed, PlanOwner owner) {
        return new Run(fileName, rows, typed, owner).check();
    }

    /**
     * Saves what a check found, in the caller's transaction: the updates first, then the new tasks, the session
     * flushed and cleared every {@value #BATCH} tasks (each new task's history is read back, and a session holding
     * thousands of tasks would check them all before every read).
     */
    public void apply(List<Entry> entries, String actor) {
        apply(entries, actor, null, 0);
    }

    /**
     * As {@link #apply(List, String)}; the new tasks set out by the agency's plan document {@code planId} of
     * {@code planYear} when it is given.
     */
    public void apply(List<Entry> entries, String actor, @Nullable Long planId, int planYear) {
        Map<Long, Task> byId = tasks.findWithSupport(entries.stream().filter(e -> e.action() == PlanAction.UPDATE)
                .map(Entry::taskId).toList()).stream().collect(Collectors.toMap(Task::getId, Function.identity()));
        for (Entry entry : entries) {
            TaskContent c = entry.content();
            if (entry.action() == PlanAction.UPDATE) {
                byId.get(entry.taskId()).revise(c.title(), c.description(), c.product(), c.document(), entry.support());
                events.publishEvent(new TaskRevised(entry.taskId()));
            }
        }
        int created = 0;
        for (Entry entry : entries) {
            if (entry.action() == PlanAction.CREATE) {
                TaskContent content = planId == null ? entry.content() : entry.content().inPlan(planId, planYear);
                creation.create(content, entry.leads(), entry.support(), actor);
                if (++created % BATCH == 0) {
                    entityManager.flush();
                    entityManager.clear();
                }
            }
        }
    }

    /** One check of one file. */
    private final class Run {
        private final String fileName;
        private final List<SheetRow> rows;
        private final List<RowProblem> problems = new ArrayList<>();
        private final List<PlanLine> lines = new ArrayList<>();
        private final List<Entry> entries = new ArrayList<>();
        private final AgencyNames names = agencies.names();
        private final Map<LocalDate, List<AgencySummary>> activeByDate = new HashMap<>();
        private final Map<Long, Integer> codeRows = new HashMap<>();
        private final Map<String, Integer> keyRows = new HashMap<>();
        private final DocumentRef typed;
        private final @Nullable PlanOwner owner;
        private SheetHeader header;
        private PlanCaption caption = new PlanCaption(null, null, null);
        private Map<Long, Task> byId = Map.of();
        private Map<String, Task> byKey = Map.of();
        /** The area the section row above gives (null before the first section). */
        private @Nullable ReformArea sectionArea;
        /** Whether the section row above named no area (its rows do not say so again). */
        private boolean sectionUnread;

        Run(String fileName, List<SheetRow> rows, DocumentRef typed, @Nullable PlanOwner owner) {
            this.fileName = fileName;
            this.rows = rows;
            this.typed = typed;
            this.owner = owner;
        }

        Checked check() {
            Map<String, List<String>> names = new LinkedHashMap<>();
            Arrays.stream(PlanColumn.values()).forEach(column -> names.put(column.header(), column.names()));
            Optional<SheetHeader> found;
            try {
                found = SheetHeader.find(rows, PlanColumn.TITLE.header(), names);
            } catch (ValidationException merged) {
                problems.add(new RowProblem(rows.isEmpty() ? 1 : rows.getFirst().number(), null, merged.messageKey(), List.of()));
                return done();
            }
            if (found.isEmpty()) {
                problems.add(new RowProblem(rows.isEmpty() ? 1 : rows.getFirst().number(), null, "plan.error.noHeader",
                        List.of(PlanColumn.TITLE.header())));
                return done();
            }
            header = found.get();
            caption = PlanCaption.read(header.captionRows(rows));
            if (owner != null && caption.year() != null && caption.year() != owner.year()) {
                problems.add(new RowProblem(header.captionRows(rows).isEmpty() ? header.rowNumber()
                        : header.captionRows(rows).getFirst().number(), null, "plan.error.yearDiffers",
                        List.of(String.valueOf(caption.year()), String.valueOf(owner.year()))));
            }
            for (PlanColumn required : owner == null ? List.of(PlanColumn.TITLE, PlanColumn.LEAD) : List.of(PlanColumn.TITLE)) {
                if (!header.has(required.header())) {
                    problems.add(new RowProblem(header.rowNumber(), required.header(), "plan.error.columnMissing",
                            List.of(required.header())));
                }
            }
            if (!problems.isEmpty()) {
                return done();
            }
            List<SheetRow> data = header.dataRows(rows).stream().filter(row -> section(row) || hasTask(row)).toList();
            if (data.stream().noneMatch(row -> !section(row))) {
                problems.add(new RowProblem(header.rowNumber(), null, "plan.error.noRows", List.of()));
                return done();
            }
            load(data);
            for (SheetRow row : data) {
                if (section(row)) {
                    sectionArea = PlanSections.area(sectionTitle(row)).orElse(null);
                    sectionUnread = sectionArea == null;
                    if (sectionArea == null) {
                        problems.add(new RowProblem(row.number(), PlanColumn.TITLE.header(), "plan.error.section",
                                List.of(sectionTitle(row), areas.choices())));
                    }
                } else {
                    checkRow(row);
                }
            }
            return done();
        }

        private Checked done() {
            return new Checked(new PlanPreview(fileName, lines, problems, rows, typed), List.copyOf(entries));
        }

        /**
         * A section row: its number is a Roman numeral ("II."), or it has no lead and its only text names an area
         * ("CẢI CÁCH THỦ TỤC HÀNH CHÍNH", often merged across the table).
         */
        private boolean section(SheetRow row) {
            if (PlanSections.numbered(cell(row, PlanColumn.NUMBER))) {
                return true;
            }
            long filled = row.cells().stream().filter(text -> !text.isBlank()).count();
            return filled == 1 && cell(row, PlanColumn.LEAD).isEmpty() && PlanSections.area(sectionTitle(row)).isPresent();
        }

        private String sectionTitle(SheetRow row) {
            String title = cell(row, PlanColumn.TITLE);
            return !title.isEmpty() ? title : row.cells().stream().filter(text -> !text.isBlank())
                    .reduce((number, text) -> number + " " + text).orElse("");
        }

        private String cell(SheetRow row, PlanColumn column) {
            return header.cell(row, column.header());
        }

        /** A row with only its STT filled in (a template numbered ahead) is no task. */
        private boolean hasTask(SheetRow row) {
            return Arrays.stream(PlanColumn.values()).filter(column -> column != PlanColumn.NUMBER)
                    .anyMatch(column -> !cell(row, column).isEmpty());
        }

        /** The tasks the rows name by code, and those their documents already assigned, each read once. */
        private void load(List<SheetRow> data) {
            Set<Long> codes = new HashSet<>();
            Set<String> documents = new HashSet<>();
            for (SheetRow row : data) {
                CellValues.wholeNumber(cell(row, PlanColumn.CODE)).ifPresent(codes::add);
                if (!cell(row, PlanColumn.DOCUMENT).isEmpty()) {
                    documents.add(cell(row, PlanColumn.DOCUMENT));
                }
            }
            byId = codes.isEmpty() ? Map.of() : tasks.findWithSupport(codes).stream()
                    .collect(Collectors.toMap(Task::getId, Function.identity()));
            byKey = new HashMap<>();
            if (!documents.isEmpty()) {
                for (Task task : tasks.findByDocNumbers(documents)) {
                    if (task.isDirective() || task.getParentId() == null) {
                        byKey.putIfAbsent(key(task.getDocNumber(), task.getTitle(),
                                task.isDirective() ? DIRECTIVE_LEAD : String.valueOf(task.getLeadAgencyId())), task);
                    }
                }
            }
        }

        private void checkRow(SheetRow row) {
            RowCheck check = new RowCheck(row);
            String codeText = cell(row, PlanColumn.CODE);
            Long code = null;
            if (!codeText.isEmpty()) {
                code = CellValues.wholeNumber(codeText).orElse(null);
                check.problem(code == null, PlanColumn.CODE, "plan.error.code", codeText);
                check.problem(owner != null, PlanColumn.CODE, "plan.error.codeInOwnPlan");
                code = owner != null ? null : code;
            }
            String title = cell(row, PlanColumn.TITLE);
            String areaText = cell(row, PlanColumn.AREA);
            ReformArea area = areaText.isEmpty() ? sectionArea : areas.find(areaText).or(() -> PlanSections.area(areaText)).orElse(null);
            check.problem(!areaText.isEmpty() && area == null, PlanColumn.AREA, "plan.error.area", areaText, areas.choices());
            check.problem(areaText.isEmpty() && area == null && !sectionUnread, PlanColumn.AREA, "plan.error.areaMissing");
            String docNumber = firstOf(cell(row, PlanColumn.DOCUMENT), typed.number(), caption.docNumber());
            LocalDate docDate = cell(row, PlanColumn.DOCUMENT_DATE).isEmpty()
                    ? (typed.date() != null ? typed.date() : caption.docDate()) : check.date(PlanColumn.DOCUMENT_DATE);
            check.problem(docNumber.isEmpty(), PlanColumn.DOCUMENT, "plan.error.documentMissing");
            check.problem(docDate == null && cell(row, PlanColumn.DOCUMENT_DATE).isEmpty(), PlanColumn.DOCUMENT_DATE,
                    "plan.error.documentMissing");
            String deadlineText = cell(row, PlanColumn.DEADLINE);
            PlanPeriods.Reading period = deadlineText.isEmpty() ? new PlanPeriods.Reading(null, false)
                    : PlanPeriods.read(deadlineText, planYear(docDate)).orElse(null);
            check.problem(period == null, PlanColumn.DEADLINE, deadlineText.matches("\\d{1,4}\\s*[/.-]\\s*\\d{1,2}\\s*[/.-]\\s*\\d{1,4}")
                    ? "plan.error.date" : "plan.error.period", deadlineText);
            LocalDate deadline = period == null ? null : period.deadline();
            if (docDate != null && deadline != null) {
                check.problem(deadline.isBefore(docDate), PlanColumn.DEADLINE, "plan.error.deadlineBeforeDocument",
                        Formats.date(deadline), Formats.date(docDate));
            }
            String leadText = cell(row, PlanColumn.LEAD);
            check.problem(leadText.isEmpty() && owner == null, PlanColumn.LEAD, "validation.required");
            String unitInCharge = owner == null ? null : check.ownLead(leadText, docDate);
            Task task = code == null ? null : byId.get(code);
            // a task already assigned keeps its source (a session's conclusion has no document) and assignment date
            LocalDate assignedOn = task != null ? task.getAssignedOn() : docDate;
            List<String> otherSupport = new ArrayList<>();
            Set<Long> support = check.support(cell(row, PlanColumn.SUPPORT), assignedOn, otherSupport);
            List<String> notes = new ArrayList<>();
            if (!cell(row, PlanColumn.NOTE).isEmpty()) {
                notes.add(cell(row, PlanColumn.NOTE));
            }
            if (period != null && period.recurring()) {
                notes.add("Thời gian hoàn thành: " + deadlineText);
            }
            if (unitInCharge != null) {
                notes.add("Đơn vị chủ trì: " + unitInCharge);
            }
            if (!otherSupport.isEmpty()) {
                notes.add("Phối hợp: " + String.join("; ", otherSupport));
            }
            String signer = firstOf(cell(row, PlanColumn.SIGNER), typed.signer(), null);
            TaskAssignment assignment = new TaskAssignment(task == null ? null : task.getConclusionId(),
                    docNumber, docDate, signer, null, title, String.join("\n", notes), area,
                    new AgencySelection(AgencySelection.Kind.SELECTED, List.of()),
                    support, assignedOn, deadline, cell(row, PlanColumn.PRODUCT), TaskPriority.NORMAL,
                    owner == null ? null : owner.year());
            TaskContent content = check.content(assignment);
            String written = deadlineText.isEmpty() || deadline != null && deadlineText.equals(Formats.date(deadline)) ? "" : deadlineText;
            if (code != null) {
                checkUpdate(check, code, leadText, area, deadline, content, support, written);
            } else if (owner != null) {
                checkOwn(check, docDate, content, support, written, docNumber, unitInCharge);
            } else if (!leadText.isEmpty()) {
                checkNew(check, leadText, docDate, content, support, written, docNumber);
            }
        }

        /** The plan's year: the caption's, else the year after a document of December, else the document's year. */
        private @Nullable Integer planYear(@Nullable LocalDate docDate) {
            if (owner != null) {
                return owner.year();
            }
            if (caption.year() != null) {
                return caption.year();
            }
            return docDate == null ? null : docDate.getMonthValue() == 12 ? docDate.getYear() + 1 : docDate.getYear();
        }

        private void checkUpdate(RowCheck check, long code, String leadText, ReformArea area, LocalDate deadline,
                TaskContent content, Set<Long> support, String written) {
            Integer first = codeRows.putIfAbsent(code, check.row.number());
            check.problem(first != null, PlanColumn.CODE, "plan.error.duplicate", first);
            Task task = byId.get(code);
            check.problem(task == null, PlanColumn.CODE, "plan.error.codeUnknown", code);
            if (task == null) {
                return;
            }
            check.problem(task.isDirective(), PlanColumn.CODE, "plan.error.codeDirective", code);
            AgencySummary lead = task.getLeadAgencyId() == null ? null : names.byId(task.getLeadAgencyId());
            if (lead != null && !leadText.isEmpty()) {
                String key = AgencyNames.key(leadText);
                check.problem(!key.equals(AgencyNames.key(lead.nameVi())) && !key.equals(AgencyNames.key(lead.nameEn())),
                        PlanColumn.LEAD, "plan.error.leadChanged", lead.nameVi());
            }
            check.problem(area != null && area != task.getArea(), PlanColumn.AREA, "plan.error.areaChanged",
                    areas.vietnamese(task.getArea()));
            check.problem(!Objects.equals(deadline, task.getDeadline()) && check.valid(PlanColumn.DEADLINE),
                    PlanColumn.DEADLINE, "plan.error.deadlineChanged",
                    task.getDeadline() == null ? "—" : Formats.date(task.getDeadline()));
            if (check.clean()) {
                PlanAction action = same(task, content, support) ? PlanAction.UNCHANGED : PlanAction.UPDATE;
                accept(check, action, task.getId(), content, List.of(), withoutLead(support, task.getLeadAgencyId()),
                        lead == null ? "" : lead.nameVi(), written);
            }
        }

        private void checkNew(RowCheck check, String leadText, LocalDate docDate, TaskContent content, Set<Long> support,
                String written, String docNumber) {
            AgencyGroup everyOne = everyOne(leadText);
            List<AgencySummary> leads = List.of();
            String leadLabel = leadText;
            if (docDate != null && everyOne != null) {
                leads = active(docDate).stream().filter(agency -> agency.group() == everyOne).toList();
                leadLabel = everyOne == AgencyGroup.PROVINCES ? PlanColumn.ALL_PROVINCES : PlanColumn.ALL_MINISTRIES;
            } else if (docDate != null) {
                Optional<AgencySummary> lead = check.agency(PlanColumn.LEAD, leadText, docDate);
                leads = lead.stream().toList();
                leadLabel = lead.map(AgencySummary::nameVi).orElse(leadText);
            }
            if (leads.isEmpty()) {
                return;
            }
            String key = key(docNumber, cell(check.row, PlanColumn.TITLE),
                    everyOne != null ? DIRECTIVE_LEAD : String.valueOf(leads.getFirst().id()));
            Integer first = keyRows.putIfAbsent(key, check.row.number());
            check.problem(first != null, PlanColumn.TITLE, "plan.error.duplicate", first);
            Task existing = byKey.get(key);
            if (existing != null && content != null) {
                check.problem(!same(existing, content, support), PlanColumn.CODE, "plan.error.alreadyExists",
                        existing.getId());
            }
            if (check.clean() && content != null) {
                accept(check, existing == null ? PlanAction.CREATE : PlanAction.UNCHANGED,
                        existing == null ? null : existing.getId(), content, leads, support, leadLabel, written);
            }
        }

        /** A row of an agency's own plan: a task of the agency itself, shown with its unit in charge. */
        private void checkOwn(RowCheck check, @Nullable LocalDate docDate, @Nullable TaskContent content, Set<Long> support,
                String written, String docNumber, @Nullable String unitInCharge) {
            if (docDate == null || content == null || owner == null) {
                return;
            }
            String key = key(docNumber, cell(check.row, PlanColumn.TITLE), String.valueOf(owner.agencyId()));
            Integer first = keyRows.putIfAbsent(key, check.row.number());
            check.problem(first != null, PlanColumn.TITLE, "plan.error.duplicate", first);
            Task existing = byKey.get(key);
            if (check.clean()) {
                AgencySummary self = names.byId(owner.agencyId());
                accept(check, existing == null ? PlanAction.CREATE : PlanAction.UNCHANGED,
                        existing == null ? null : existing.getId(), content, List.of(self), support,
                        unitInCharge == null ? self.nameVi() : self.nameVi() + " (" + unitInCharge + ")", written);
            }
        }

        private void accept(RowCheck check, PlanAction action, Long taskId, TaskContent content,
                List<AgencySummary> leads, Set<Long> support, String leadLabel, String written) {
            lines.add(new PlanLine(check.row.number(), action, taskId, content.title(), leadLabel, content.deadline(),
                    written, content.area()));
            entries.add(new Entry(check.row.number(), action, taskId, content, leads, support));
        }

        private List<AgencySummary> active(LocalDate date) {
            return activeByDate.computeIfAbsent(date, on -> agencies.list(AgencyFilter.activeOn(on, null)).stream()
                    .sorted(Comparator.comparing(AgencySummary::nameVi)).toList());
        }

        /** The problems of one row, one per column (the first found). */
        private final class RowCheck {
            private final SheetRow row;
            private final Set<PlanColumn> failed = new HashSet<>();
            private boolean rowFailed;

            RowCheck(SheetRow row) {
                this.row = row;
            }

            void problem(boolean broken, PlanColumn column, String key, Object... arguments) {
                if (broken && (column == null || failed.add(column))) {
                    rowFailed = true;
                    problems.add(new RowProblem(row.number(), column == null ? null : column.header(), key,
                            Arrays.asList(arguments)));
                }
            }

            boolean valid(PlanColumn column) {
                return !failed.contains(column);
            }

            boolean clean() {
                return !rowFailed;
            }

            LocalDate date(PlanColumn column) {
                String text = cell(row, column);
                if (text.isEmpty()) {
                    return null;
                }
                Optional<LocalDate> date = CellValues.date(text);
                problem(date.isEmpty(), column, "plan.error.date", text);
                return date.orElse(null);
            }

            /**
             * The lead of a row of an agency's own plan: empty or the agency itself, or one of its units ("Sở Nội
             * vụ", "Văn phòng Bộ"), returned to be kept as text. Another registry agency, or every province or
             * ministry, is refused: an agency's plan sets out its own tasks.
             */
            @Nullable String ownLead(String written, @Nullable LocalDate on) {
                if (written.isEmpty() || owner == null) {
                    return null;
                }
                Optional<AgencySummary> named = on == null ? Optional.empty() : names.find(written, on);
                if (named.isPresent() && named.get().id() == owner.agencyId()) {
                    return null;
                }
                problem(everyOne(written) != null || named.isPresent() || names.knows(written), PlanColumn.LEAD,
                        "plan.error.notOwnLead", written, owner.agencyName());
                return written;
            }

            Optional<AgencySummary> agency(PlanColumn column, String written, LocalDate on) {
                Optional<AgencySummary> found = names.find(written, on);
                if (found.isEmpty() && names.knows(written)) {
                    problem(true, column, "plan.error.agencyInactive", written, Formats.date(on));
                } else if (found.isEmpty()) {
                    problem(true, column, "plan.error.agencyUnknown", written,
                            String.join("; ", names.closest(written, on, SUGGESTIONS)));
                }
                return found;
            }

            /**
             * The registry agencies the supporting column names; names of units that are no registry agency ("Các sở,
             * ngành", "UBND cấp huyện", and in an agency's own plan its departments: "Sở Khoa học và Công nghệ") are
             * kept as {@code other} text.
             */
            Set<Long> support(String text, LocalDate on, List<String> other) {
                Set<Long> ids = new LinkedHashSet<>();
                if (on == null) {
                    return ids;
                }
                for (String name : text.split("[;\\n]")) {
                    if (name.isBlank()) {
                        continue;
                    }
                    if (!names.knows(name.strip()) && (generic(name) || owner != null)) {
                        other.add(name.strip());
                    } else {
                        agency(PlanColumn.SUPPORT, name.strip(), on).ifPresent(agency -> ids.add(agency.id()));
                    }
                }
                return ids;
            }

            /** The assignment form's own rules, their errors put on the file's columns. */
            TaskContent content(TaskAssignment assignment) {
                try {
                    return creation.content(assignment);
                } catch (ValidationException refused) {
                    for (ValidationException.FieldError error : refused.errors()) {
                        if ("area".equals(error.field()) && sectionUnread) {
                            rowFailed = true; // the section row above already says why
                        } else {
                            problem(true, column(error.field()), error.messageKey(), error.arguments());
                        }
                    }
                    return null;
                }
            }

            private static PlanColumn column(String field) {
                return switch (field == null ? "" : field) {
                    case "title" -> PlanColumn.TITLE;
                    case "description" -> PlanColumn.NOTE;
                    case "area" -> PlanColumn.AREA;
                    case "assignedOn" -> PlanColumn.DOCUMENT_DATE;
                    case "docNumber" -> PlanColumn.DOCUMENT;
                    case "docSigner" -> PlanColumn.SIGNER;
                    case "product" -> PlanColumn.PRODUCT;
                    case "deadline" -> PlanColumn.DEADLINE;
                    default -> null;
                };
            }
        }
    }

    /** Leads as plans write a directive to every province or every ministry-level agency. */
    private static final Map<String, AgencyGroup> EVERY_ONE = Map.of(
            "tat ca cac tinh", AgencyGroup.PROVINCES, "ubnd cac tinh thanh pho truc thuoc trung uong", AgencyGroup.PROVINCES,
            "ubnd cac tinh thanh pho", AgencyGroup.PROVINCES, "cac tinh thanh pho", AgencyGroup.PROVINCES,
            "uy ban nhan dan cac tinh thanh pho truc thuoc trung uong", AgencyGroup.PROVINCES,
            "tat ca cac bo", AgencyGroup.MINISTRIES, "cac bo co quan ngang bo", AgencyGroup.MINISTRIES,
            "cac bo nganh", AgencyGroup.MINISTRIES, "cac bo co quan ngang bo co quan thuoc chinh phu", AgencyGroup.MINISTRIES);

    private static @Nullable AgencyGroup everyOne(String lead) {
        return EVERY_ONE.get(TextMatch.fold(lead).replaceAll("[^a-z0-9]+", " ").strip());
    }

    /** A name of units rather than of one agency: "Các sở, ngành", "UBND cấp huyện", "các đơn vị liên quan". */
    private static boolean generic(String name) {
        String folded = TextMatch.fold(name);
        return folded.startsWith("cac ") || folded.contains("cap huyen") || folded.contains("cap xa")
                || folded.contains("so, nganh") || folded.contains("don vi lien quan");
    }

    private static String firstOf(String cell, @Nullable String typed, @Nullable String caption) {
        return !cell.isEmpty() ? cell : typed != null && !typed.isBlank() ? typed.strip() : caption == null ? "" : caption;
    }

    private static String key(String docNumber, String title, String lead) {
        return docNumber + "\u0000" + TextMatch.fold(title) + "\u0000" + lead;
    }

    /** Whether the task already has the row's texts and supporting agencies. */
    private static boolean same(Task task, TaskContent content, Set<Long> support) {
        return content != null && Objects.equals(task.getTitle(), content.title())
                && Objects.equals(task.getDescription(), content.description())
                && Objects.equals(task.getProduct(), content.product())
                && task.getDocument().equals(content.document())
                && task.getSupportAgencyIds().equals(withoutLead(support, task.getLeadAgencyId()));
    }

    private static Set<Long> withoutLead(Set<Long> support, Long leadId) {
        Set<Long> result = new HashSet<>(support);
        result.remove(leadId);
        return result;
    }
}
