package vn.gov.cchc.portal.indicator;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.cchc.portal.agency.AgencyFilter;
import vn.gov.cchc.portal.agency.AgencyGroup;
import vn.gov.cchc.portal.agency.AgencyName;
import vn.gov.cchc.portal.agency.AgencyService;
import vn.gov.cchc.portal.agency.AgencySummary;
import vn.gov.cchc.portal.common.Checks;
import vn.gov.cchc.portal.common.Formats;
import vn.gov.cchc.portal.common.NotFoundException;
import vn.gov.cchc.portal.common.ValidationException;
import vn.gov.cchc.portal.indicator.internal.IndexRecords;
import vn.gov.cchc.portal.security.Access;
import vn.gov.cchc.portal.security.CurrentUser;

/**
 * The published indices: every signed-in user reads the frameworks and the results; the secretariat and
 * administrators enter results (one at a time here, many through {@link IndexImportService}), publications and the
 * items of a framework's tree. A result belongs to the framework in force for its year and to an agency of the
 * framework's group that existed at the end of that year.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Access.AUTHENTICATED)
public class IndexService {

    private static final Pattern INDEX_CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,15}");
    private static final Pattern ITEM_CODE = Pattern.compile("[0-9]{1,3}(\\.[0-9]{1,3}){0,3}");
    private static final int NAME_MAX = 500;
    private static final int DOCUMENT_MAX = 255;

    private final IndexRecords records;
    private final AgencyService agencies;
    private final CurrentUser currentUser;
    private final Clock clock;

    IndexService(IndexRecords records, AgencyService agencies, CurrentUser currentUser, Clock clock) {
        this.records = records;
        this.agencies = agencies;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    public List<IndexFramework> frameworks() {
        return records.frameworks();
    }

    public IndexFramework framework(long id) {
        return frameworks().stream().filter(framework -> framework.id() == id).findFirst().orElseThrow(NotFoundException::new);
    }

    /**
     * Where the indices screen opens: the framework and year with the newest results (an index with results, not
     * one with a publication only), if any index has results.
     */
    public Optional<Map.Entry<IndexFramework, Integer>> latestWithResults() {
        Map.Entry<IndexFramework, Integer> best = null;
        for (IndexFramework framework : frameworks()) {
            for (Integer year : years(framework.id())) {
                if ((best == null || year > best.getValue()) && !records.results(framework.id(), year, names()).isEmpty()) {
                    best = Map.entry(framework, year);
                    break;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** The years the framework has results or a publication for, newest first. */
    public List<Integer> years(long frameworkId) {
        return records.years(frameworkId);
    }

    public Optional<IndexPublication> publication(long frameworkId, int year) {
        return records.publication(frameworkId, year);
    }

    /** The year's results by rank, the unranked last. */
    public List<IndexResult> results(long frameworkId, int year) {
        return records.results(frameworkId, year, names());
    }

    /** The agency's place in every index it has results of, year by year. */
    public List<IndexStanding> standings(long agencyId) {
        Map<Long, IndexFramework> frameworks = new HashMap<>();
        frameworks().forEach(framework -> frameworks.put(framework.id(), framework));
        List<IndexStanding> standings = new ArrayList<>();
        for (IndexResult result : records.resultsOf(agencyId, names())) {
            IndexFramework framework = frameworks.get(result.frameworkId());
            Integer rankedCount = records.publication(framework.id(), result.year()).map(IndexPublication::rankedCount).orElse(null);
            standings.add(new IndexStanding(framework, result.year(), result.scores().total(), result.percentOfMax(framework),
                    result.scores().rank(), rankedCount));
        }
        standings.sort(Comparator.comparing((IndexStanding s) -> s.framework().indexCode()).thenComparing(IndexStanding::year));
        return standings;
    }

    /** The agencies a result of the framework's year can be of: its group's, as they were at the end of the year. */
    public List<AgencySummary> agenciesFor(long frameworkId, int year) {
        IndexFramework framework = framework(frameworkId);
        return agencies.list(AgencyFilter.activeOn(LocalDate.of(year, 12, 31), null)).stream()
                .filter(agency -> agency.group() == framework.group()).sorted(Comparator.comparing(AgencySummary::nameVi)).toList();
    }

    /** The framework of the index that assesses the group's agencies in the year: the latest that applies from then. */
    public Optional<IndexFramework> inForce(String indexCode, AgencyGroup group, int year) {
        return frameworks().stream().filter(f -> f.indexCode().equals(indexCode) && f.group() == group && f.firstYear() <= year)
                .max(Comparator.comparingInt(IndexFramework::firstYear));
    }

    /** Enters or changes an agency's result of the year ({@code version} 0 for a new one). */
    @Transactional
    @PreAuthorize(Access.ADMIN_OR_SECRETARIAT)
    public void saveResult(long frameworkId, int year, long agencyId, IndexScores scores, long version) {
        IndexFramework framework = framework(frameworkId);
        List<ValidationException.FieldError> problems = new ArrayList<>(yearProblems(framework, year));
        agencyProblem(framework, year, agencyId).ifPresent(problems::add);
        problems.addAll(IndexRules.problems(framework, scores));
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        records.saveResult(frameworkId, year, agencyId, scores, version, currentUser.username().orElseThrow(), clock.instant());
    }

    /** Records how the year's results were published: the document, the national value, how many were ranked. */
    @Transactional
    @PreAuthorize(Access.ADMIN_OR_SECRETARIAT)
    public void savePublication(IndexPublication publication) {
        IndexFramework framework = framework(publication.frameworkId());
        BigDecimal max = framework.ceiling();
        Checks checks = new Checks().maxLength("document", publication.document(), DOCUMENT_MAX);
        checks.check(publication.nationalValue() == null || (publication.nationalValue().signum() >= 0
                && publication.nationalValue().compareTo(max) <= 0), "nationalValue", "index.validation.aboveMax",
                Formats.number(max));
        checks.check(publication.rankedCount() == null || publication.rankedCount() > 0, "rankedCount", "index.validation.rank");
        yearProblems(framework, publication.year()).forEach(problem -> checks.check(false, "year", problem.messageKey(), problem.arguments()));
        checks.throwIfAny();
        records.savePublication(publication);
    }

    /**
     * Adds an index, or a new version of one (a later decision: a new framework from its first year on; the years
     * before keep theirs). Returns its id; its tree is then added item by item.
     */
    @Transactional
    @PreAuthorize(Access.ADMIN_OR_SECRETARIAT)
    public long defineFramework(IndexFramework draft) {
        Checks checks = new Checks().required("indexCode", draft.indexCode()).required("nameVi", draft.nameVi())
                .required("nameEn", draft.nameEn()).maxLength("nameVi", draft.nameVi(), DOCUMENT_MAX)
                .maxLength("nameEn", draft.nameEn(), DOCUMENT_MAX).maxLength("basis", draft.basis(), DOCUMENT_MAX)
                .required("group", draft.group()).required("unit", draft.unit());
        checks.check(draft.indexCode() == null || INDEX_CODE.matcher(draft.indexCode()).matches(), "indexCode",
                "index.validation.indexCode");
        checks.check(draft.firstYear() >= 1990 && draft.firstYear() <= 2100, "firstYear", "index.validation.year");
        checks.check(draft.unit() != IndicatorUnit.SCORE || (draft.maxScore() != null && draft.maxScore().signum() > 0),
                "maxScore", "index.validation.maxRequired");
        checks.check(draft.unit() == IndicatorUnit.SCORE || draft.unit() == IndicatorUnit.PERCENT || draft.unit() == null,
                "unit", "index.validation.unit");
        checks.check(frameworks().stream().noneMatch(f -> f.indexCode().equals(draft.indexCode()) && f.group() == draft.group()
                && f.firstYear() == draft.firstYear()), "firstYear", "index.validation.frameworkExists",
                String.valueOf(draft.firstYear()));
        checks.throwIfAny();
        return records.insertFramework(new IndexFramework(0, draft.indexCode(), draft.nameVi().strip(), draft.nameEn().strip(),
                draft.group(), draft.basis() == null || draft.basis().isBlank() ? null : draft.basis().strip(), draft.firstYear(),
                draft.unit(), draft.unit() == IndicatorUnit.SCORE ? draft.maxScore() : null, draft.selfAssessed(),
                draft.appraised(), draft.surveyed(), List.of()));
    }

    /** Adds an area, criterion or sub-criterion to the framework's tree. */
    @Transactional
    @PreAuthorize(Access.ADMIN_OR_SECRETARIAT)
    public void addItem(long frameworkId, IndexItem item) {
        IndexFramework framework = framework(frameworkId);
        Map<String, IndexItem> byCode = new HashMap<>();
        framework.items().forEach(existing -> byCode.put(existing.code(), existing));
        Checks checks = new Checks().required("code", item.code()).required("nameVi", item.nameVi()).required("nameEn", item.nameEn())
                .maxLength("nameVi", item.nameVi(), NAME_MAX).maxLength("nameEn", item.nameEn(), NAME_MAX);
        checks.check(item.code() == null || ITEM_CODE.matcher(item.code()).matches(), "code", "index.validation.itemCode");
        checks.check(!byCode.containsKey(item.code()), "code", "index.validation.itemExists", item.code());
        IndexItem parent = item.parentCode() == null ? null : byCode.get(item.parentCode());
        checks.check(item.parentCode() == null || parent != null, "parentCode", "index.validation.noParent", item.parentCode());
        checks.check(item.maxScore() == null || item.maxScore().signum() >= 0, "maxScore", "indicator.validation.negative");
        @Nullable BigDecimal ceiling = parent != null ? parent.maxScore() : framework.maxScore();
        checks.check(item.maxScore() == null || ceiling == null || item.maxScore().compareTo(ceiling) <= 0, "maxScore",
                "index.validation.aboveMax", ceiling == null ? "" : Formats.number(ceiling));
        checks.throwIfAny();
        records.insertItem(frameworkId, new IndexItem(item.code(), item.parentCode(), item.nameVi().strip(),
                item.nameEn().strip(), item.maxScore()));
    }

    /** Problems of a year for the framework: before it applies, or after a later version took over. */
    List<ValidationException.FieldError> yearProblems(IndexFramework framework, int year) {
        if (year < framework.firstYear()) {
            return List.of(new ValidationException.FieldError("year", "index.validation.beforeFramework",
                    String.valueOf(framework.firstYear())));
        }
        Optional<IndexFramework> inForce = inForce(framework.indexCode(), framework.group(), year);
        if (inForce.isPresent() && inForce.get().id() != framework.id()) {
            return List.of(new ValidationException.FieldError("year", "index.validation.laterFramework",
                    String.valueOf(year), inForce.get().basis() == null ? "" : inForce.get().basis()));
        }
        return List.of();
    }

    /** Why the agency cannot have a result of the framework's year, if it cannot. */
    Optional<ValidationException.FieldError> agencyProblem(IndexFramework framework, int year, long agencyId) {
        AgencySummary agency = agencies.list(AgencyFilter.all()).stream().filter(a -> a.id() == agencyId).findFirst()
                .orElseThrow(NotFoundException::new);
        if (agency.group() != framework.group()) {
            return Optional.of(new ValidationException.FieldError("agency", "index.validation.otherGroup", agency.nameVi()));
        }
        if (!agency.activeOn(LocalDate.of(year, 12, 31))) {
            return Optional.of(new ValidationException.FieldError("agency", "index.validation.agencyGone", agency.nameVi(),
                    String.valueOf(year)));
        }
        return Optional.empty();
    }

    private Map<Long, AgencyName> names() {
        Map<Long, AgencyName> names = new HashMap<>();
        agencies.list(AgencyFilter.all()).forEach(agency -> names.put(agency.id(), agency.label()));
        return names;
    }
}
