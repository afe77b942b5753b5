package vn.gov.cchc.portal.indicator;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.cchc.portal.agency.AgencyNames;
import vn.gov.cchc.portal.agency.AgencyService;
import vn.gov.cchc.portal.agency.AgencySummary;
import vn.gov.cchc.portal.common.ValidationException;
import vn.gov.cchc.portal.indicator.IndexColumns.IndexSheetRow;
import vn.gov.cchc.portal.security.Access;
import vn.gov.cchc.portal.spreadsheet.CellValues;
import vn.gov.cchc.portal.spreadsheet.RowProblem;
import vn.gov.cchc.portal.spreadsheet.SheetHeader;
import vn.gov.cchc.portal.spreadsheet.SheetReader;
import vn.gov.cchc.portal.spreadsheet.SheetReader.SheetRow;
import vn.gov.cchc.portal.spreadsheet.SpreadsheetWriter;
import vn.gov.cchc.portal.storage.IncomingFile;

/**
 * A year's results of an index from a spreadsheet laid out like the published tables ({@link IndexColumns}): the
 * sheet of the year (every agency of the group that year, with what is entered) to fill, a preview with every
 * problem on its row and column, then all rows saved at once, or none. The same rules as on the screen
 * ({@link IndexRules}); agencies by their names as people write them, among those that existed at the end of the year.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Access.ADMIN_OR_SECRETARIAT)
public class IndexImportService {

    private static final int SUGGESTIONS = 3;

    private final IndexService indices;
    private final AgencyService agencies;
    private final IndicatorSettings settings;

    IndexImportService(IndexService indices, AgencyService agencies, IndicatorSettings settings) {
        this.indices = indices;
        this.agencies = agencies;
        this.settings = settings;
    }

    /** Writes the year's sheet: each agency of the group at the end of the year, with its result if entered. */
    public void writeSheet(long frameworkId, int year, OutputStream out) {
        IndexFramework framework = indices.framework(frameworkId);
        Map<Long, IndexScores> entered = new HashMap<>();
        indices.results(frameworkId, year).forEach(result -> entered.put(result.agencyId(), result.scores()));
        List<AgencySummary> asked = indices.agenciesFor(frameworkId, year);
        SpreadsheetWriter.write(out, framework.indexCode() + " " + year, IndexColumns.of(framework), push -> {
            int number = 0;
            for (AgencySummary agency : asked) {
                push.accept(new IndexSheetRow(++number, agency.label(), entered.get(agency.id())));
            }
        });
    }

    /** What the file would save; saves nothing. */
    public IndexPreview preview(long frameworkId, int year, IncomingFile file) {
        try (InputStream in = Files.newInputStream(file.path())) {
            return check(frameworkId, year, file.fileName(), SheetReader.read(in, null, settings.importMaxRows()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Checks the previewed rows again and, if nothing stands in the way, saves every new or changed result. */
    @Transactional
    public IndexPreview confirm(IndexPreview preview) {
        IndexPreview checked = check(preview.frameworkId(), preview.year(), preview.fileName(), preview.source());
        if (!checked.problems().isEmpty()) {
            return checked;
        }
        Map<Long, Long> versions = new HashMap<>();
        indices.results(checked.frameworkId(), checked.year()).forEach(result -> versions.put(result.agencyId(), result.version()));
        for (IndexLine line : checked.lines()) {
            if (line.action() != IndexLine.Action.UNCHANGED) {
                indices.saveResult(checked.frameworkId(), checked.year(), line.agencyId(), line.scores(),
                        versions.getOrDefault(line.agencyId(), 0L));
            }
        }
        return checked;
    }

    private IndexPreview check(long frameworkId, int year, String fileName, List<SheetRow> rows) {
        IndexFramework framework = indices.framework(frameworkId);
        List<RowProblem> problems = new ArrayList<>();
        List<IndexLine> lines = new ArrayList<>();
        for (ValidationException.FieldError problem : indices.yearProblems(framework, year)) {
            problems.add(new RowProblem(1, null, problem.messageKey(), List.of(problem.arguments())));
        }
        Optional<SheetHeader> found = SheetHeader.find(rows, IndexColumns.AGENCY, IndexColumns.headers(framework));
        if (found.isEmpty() || !found.get().has(IndexColumns.total(framework)) && !found.get().has(IndexColumns.RANK)) {
            problems.add(new RowProblem(found.map(SheetHeader::rowNumber).orElse(1), null, "index.import.noHeader",
                    List.of(IndexColumns.AGENCY, IndexColumns.total(framework), IndexColumns.RANK)));
            return new IndexPreview(frameworkId, year, fileName, lines, problems, rows);
        }
        SheetHeader header = found.get();
        Map<Long, IndexResult> entered = new HashMap<>();
        indices.results(frameworkId, year).forEach(result -> entered.put(result.agencyId(), result));
        AgencyNames names = agencies.names();
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        Map<Long, Integer> seen = new HashMap<>();
        for (SheetRow row : header.dataRows(rows)) {
            RowCheck check = new RowCheck(row, header, framework);
            IndexScores scores = check.scores();
            String written = header.cell(row, IndexColumns.AGENCY);
            if (written.isEmpty()) {
                if (!check.blank()) {
                    check.problem(IndexColumns.AGENCY, "index.import.noAgency");
                }
                problems.addAll(check.problems);
                continue;
            }
            Optional<AgencySummary> agency = names.find(written, yearEnd);
            if (agency.isEmpty() && names.knows(written)) {
                check.problem(IndexColumns.AGENCY, "index.validation.agencyGone", written, String.valueOf(year));
            } else if (agency.isEmpty()) {
                check.problem(IndexColumns.AGENCY, "plan.error.agencyUnknown", written,
                        String.join("; ", names.closest(written, yearEnd, SUGGESTIONS)));
            } else if (agency.get().group() != framework.group()) {
                check.problem(IndexColumns.AGENCY, "index.validation.otherGroup", agency.get().nameVi());
            } else if (seen.putIfAbsent(agency.get().id(), row.number()) != null) {
                check.problem(IndexColumns.AGENCY, "plan.error.duplicate", seen.get(agency.get().id()));
            } else if (check.problems.isEmpty() && scores.total() == null && scores.rank() == null && scores.areas().isEmpty()) {
                continue; // an agency of the sheet with nothing filled in
            }
            if (check.problems.isEmpty()) {
                for (ValidationException.FieldError rule : IndexRules.problems(framework, scores)) {
                    check.problem(check.column(rule.field()), rule.messageKey(), rule.arguments());
                }
            }
            if (check.problems.isEmpty()) {
                IndexResult before = entered.get(agency.get().id());
                IndexLine.Action action = before == null ? IndexLine.Action.NEW
                        : same(before.scores(), scores) ? IndexLine.Action.UNCHANGED : IndexLine.Action.UPDATE;
                lines.add(new IndexLine(row.number(), agency.get().id(), agency.get().label(), scores, action));
            }
            problems.addAll(check.problems);
        }
        if (lines.isEmpty() && problems.isEmpty()) {
            problems.add(new RowProblem(header.rowNumber(), null, "index.import.noRows", List.of()));
        }
        return new IndexPreview(frameworkId, year, fileName, lines, problems, rows);
    }

    private static boolean same(IndexScores a, IndexScores b) {
        return equal(a.self(), b.self()) && equal(a.appraised(), b.appraised()) && equal(a.survey(), b.survey())
                && equal(a.total(), b.total()) && Objects.equals(a.rank(), b.rank()) && a.areas().size() == b.areas().size()
                && a.areas().entrySet().stream().allMatch(area -> equal(area.getValue(), b.areas().get(area.getKey())));
    }

    private static boolean equal(@Nullable BigDecimal a, @Nullable BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    /** One row read: its values, and the problems of its cells. */
    private static final class RowCheck {
        private final SheetRow row;
        private final SheetHeader header;
        private final IndexFramework framework;
        private final List<RowProblem> problems = new ArrayList<>();
        private boolean blank = true;

        RowCheck(SheetRow row, SheetHeader header, IndexFramework framework) {
            this.row = row;
            this.header = header;
            this.framework = framework;
        }

        IndexScores scores() {
            Map<String, BigDecimal> areas = new LinkedHashMap<>();
            for (IndexItem area : framework.areas()) {
                BigDecimal percent = number(header.has(IndexColumns.area(area)) ? IndexColumns.area(area) : area.nameVi());
                if (percent != null) {
                    areas.put(area.code(), percent);
                }
            }
            return new IndexScores(number(IndexColumns.SELF), number(IndexColumns.APPRAISED), number(IndexColumns.SURVEY),
                    number(IndexColumns.total(framework)), areas, rank());
        }

        boolean blank() {
            return blank;
        }

        void problem(String column, String messageKey, Object... arguments) {
            problems.add(new RowProblem(row.number(), column, messageKey, List.of(arguments)));
        }

        /** The column of a field of {@link IndexRules}. */
        String column(String field) {
            return switch (field) {
                case "self" -> IndexColumns.SELF;
                case "appraised" -> IndexColumns.APPRAISED;
                case "survey" -> IndexColumns.SURVEY;
                case "rank" -> IndexColumns.RANK;
                case "total" -> IndexColumns.total(framework);
                default -> framework.areas().stream().filter(area -> field.equals("area/" + area.code())).findFirst()
                        .map(IndexColumns::area).orElse(field);
            };
        }

        private @Nullable BigDecimal number(String column) {
            String text = header.cell(row, column);
            if (text.isEmpty()) {
                return null;
            }
            blank = false;
            Optional<BigDecimal> value = CellValues.decimal(text);
            if (value.isEmpty()) {
                problem(column, "index.import.notNumber", text);
            }
            return value.orElse(null);
        }

        private @Nullable Integer rank() {
            String text = header.cell(row, IndexColumns.RANK);
            if (text.isEmpty() || AgencyNames.key(text).equals(AgencyNames.key(IndexColumns.NOT_RANKED))) {
                return null;
            }
            blank = false;
            Optional<Long> rank = CellValues.wholeNumber(text).filter(value -> value >= 1 && value <= 1000);
            if (rank.isEmpty()) {
                problem(IndexColumns.RANK, "index.validation.rank");
                return null;
            }
            return rank.get().intValue();
        }
    }
}
