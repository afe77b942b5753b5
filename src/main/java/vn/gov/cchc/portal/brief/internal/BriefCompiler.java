package vn.gov.cchc.portal.brief.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.gov.cchc.portal.agency.AgencyGroup;
import vn.gov.cchc.portal.brief.BriefContent.ConclusionLine;
import vn.gov.cchc.portal.brief.BriefContent.GroupLine;
import vn.gov.cchc.portal.brief.BriefContent.OverdueLine;
import vn.gov.cchc.portal.brief.BriefContent;
import vn.gov.cchc.portal.common.ValidationException;
import vn.gov.cchc.portal.dashboard.AgencyFigures;
import vn.gov.cchc.portal.dashboard.DashboardFigures;
import vn.gov.cchc.portal.dashboard.DashboardRequest;
import vn.gov.cchc.portal.dashboard.DashboardService;
import vn.gov.cchc.portal.dashboard.Period;
import vn.gov.cchc.portal.indicator.AgencyValues;
import vn.gov.cchc.portal.indicator.Indicator;
import vn.gov.cchc.portal.indicator.IndicatorChecks.Figure;
import vn.gov.cchc.portal.indicator.IndicatorFiguresService;
import vn.gov.cchc.portal.indicator.IndicatorLevel;
import vn.gov.cchc.portal.indicator.RoundFigures;
import vn.gov.cchc.portal.indicator.Total;
import vn.gov.cchc.portal.session.AgendaItem;
import vn.gov.cchc.portal.session.AgendaService;
import vn.gov.cchc.portal.session.Conclusion;
import vn.gov.cchc.portal.session.ConclusionService;
import vn.gov.cchc.portal.session.SessionDetails;
import vn.gov.cchc.portal.session.SessionFilter;
import vn.gov.cchc.portal.session.SessionService;
import vn.gov.cchc.portal.session.SessionStatus;
import vn.gov.cchc.portal.session.SessionSummary;
import vn.gov.cchc.portal.task.Counts;
import vn.gov.cchc.portal.task.DeadlineBasis;
import vn.gov.cchc.portal.task.ReformArea;
import vn.gov.cchc.portal.task.RelatedTasksService;
import vn.gov.cchc.portal.task.TaskRow;
import vn.gov.cchc.portal.task.TaskStatus;
import vn.gov.cchc.portal.warning.RiskService;

/**
 * Compiles a brief's content for a session as of its cut-off date, from the dashboard's own figures (so that the
 * brief and the dashboard can never disagree) and the previous session's conclusions.
 */
@Component
public class BriefCompiler {

    private static final String PLACE = "Hà Nội";
    private static final int OVERDUE_LINES = 10;

    private final SessionService sessions;
    private final AgendaService agenda;
    private final ConclusionService conclusions;
    private final DashboardService dashboard;
    private final RelatedTasksService tasks;
    private final Clock clock;
    private final IndicatorFiguresService indicators;
    private final RiskService risks;

    BriefCompiler(SessionService sessions, AgendaService agenda, ConclusionService conclusions,
            DashboardService dashboard, RelatedTasksService tasks, IndicatorFiguresService indicators, RiskService risks,
            Clock clock) {
        this.indicators = indicators;
        this.risks = risks;
        this.sessions = sessions;
        this.agenda = agenda;
        this.conclusions = conclusions;
        this.dashboard = dashboard;
        this.tasks = tasks;
        this.clock = clock;
    }

    public BriefContent compile(long sessionId, int topN) {
        SessionDetails session = sessions.get(sessionId);
        LocalDate cutoff = session.details().cutoffDate();
        if (cutoff == null) {
            throw new ValidationException(null, "brief.validation.noCutoff");
        }
        LocalDate from = session.details().periodFrom() != null ? session.details().periodFrom() : cutoff.withDayOfYear(1);
        LocalDate to = session.details().periodTo() != null ? session.details().periodTo() : cutoff;
        DashboardFigures figures = dashboard.figures(new DashboardRequest(cutoff, new Period(from, to), DeadlineBasis.EXTENDED));

        List<GroupLine> groups = Arrays.stream(AgencyGroup.values())
                .map(group -> line(groupName(group), figures.group(group))).toList();
        List<GroupLine> areas = new ArrayList<>();
        for (ReformArea area : ReformArea.values()) {
            areas.add(line(area.documentName(), figures.areas().getOrDefault(area, Counts.ZERO)));
        }
        List<BriefContent.Ranking> rankings = new ArrayList<>();
        for (AgencyGroup group : AgencyGroup.values()) {
            List<AgencyFigures> planned = figures.agencies().stream()
                    .filter(a -> a.group() == group && a.counts().planned() > 0).toList();
            List<GroupLine> leading = planned.stream().limit(topN).map(a -> line(a.nameVi(), a.counts())).toList();
            List<GroupLine> lagging = planned.size() <= topN ? List.of()
                    : planned.subList(Math.max(topN, planned.size() - topN), planned.size()).reversed().stream()
                            .map(a -> line(a.nameVi(), a.counts())).toList();
            rankings.add(new BriefContent.Ranking(groupName(group), leading, lagging));
        }
        List<OverdueLine> overdue = figures.agencies().stream().filter(a -> a.counts().openOverdue() > 0)
                .sorted(Comparator.comparingLong((AgencyFigures a) -> a.counts().openOverdue()).reversed()
                        .thenComparing(AgencyFigures::nameVi))
                .limit(OVERDUE_LINES).map(a -> new OverdueLine(a.nameVi(), a.counts().openOverdue())).toList();
        return new BriefContent(
                new BriefContent.SessionPart(session.id(), session.number(), session.title(), session.sessionDate(), PLACE,
                        from, to, cutoff),
                groups, line("Tổng cộng", figures.total()), areas, rankings, overdue,
                previousConclusions(session, cutoff),
                agenda.items(sessionId).stream().map(AgendaItem::title).toList(),
                clock.instant(), indicators.allIn(from, cutoff).reversed().stream().map(BriefCompiler::situation).toList(),
                risks.byAgency(cutoff).stream().filter(row -> row.atRisk() > 0).limit(OVERDUE_LINES)
                        .map(row -> new BriefContent.RiskLine(row.agency().vi(), row.atRisk(), row.open())).toList());
    }

    /**
     * The round's indicators that have a figure the brief may state (ADR 0023), in the catalogue's order: the
     * national figure with the national reporter's levels, and the group totals with their coverage.
     */
    private static BriefContent.Situation situation(RoundFigures figures) {
        List<BriefContent.FigureLine> lines = new ArrayList<>();
        Set<String> shownAsPartOfARate = new HashSet<>();
        for (Indicator indicator : figures.indicators()) {
            if (indicator.rate() && figures.nationalReport() != null && IndicatorLevel.national(figures.round().cutoff()).stream()
                    .anyMatch(level -> figures.nationalReport().values().containsKey(new Figure(indicator.numerator(), level)))) {
                // "62/63 (98,41%)" says the counts already: they get no line of their own
                shownAsPartOfARate.add(indicator.numerator());
                shownAsPartOfARate.add(indicator.denominator());
            }
        }
        for (Indicator indicator : figures.indicators()) {
            if (shownAsPartOfARate.contains(indicator.code()) && figures.groups().values().stream()
                    .noneMatch(group -> group.containsKey(new Figure(indicator.code(), IndicatorLevel.TOTAL)))) {
                continue;
            }
            List<BriefContent.LevelAmount> levels = new ArrayList<>();
            for (IndicatorLevel level : IndicatorLevel.national(figures.round().cutoff())) {
                Total total = figures.national().get(new Figure(indicator.code(), level));
                if (total != null && total.isReported()) {
                    levels.add(new BriefContent.LevelAmount(LEVELS.get(level), amount(indicator, level, total, figures.nationalReport())));
                }
            }
            Figure figure = new Figure(indicator.code(), IndicatorLevel.TOTAL);
            BriefContent.Amount national = amount(indicator, IndicatorLevel.TOTAL, figures.national().get(figure), figures.nationalReport());
            BriefContent.Amount ministries = amount(indicator, IndicatorLevel.TOTAL,
                    figures.groups().get(AgencyGroup.MINISTRIES).get(figure), null);
            BriefContent.Amount provinces = amount(indicator, IndicatorLevel.TOTAL,
                    figures.groups().get(AgencyGroup.PROVINCES).get(figure), null);
            if (national != null || !levels.isEmpty() || ministries != null || provinces != null) {
                lines.add(new BriefContent.FigureLine(indicator.nameVi(), indicator.unit(), national, levels, ministries, provinces));
            }
        }
        return new BriefContent.Situation(figures.round().title(), figures.round().cutoff(),
                figures.nationalReport() == null ? null : figures.nationalReport().agency().nameVi(), lines,
                figures.reported(AgencyGroup.MINISTRIES), figures.asked().get(AgencyGroup.MINISTRIES),
                figures.reported(AgencyGroup.PROVINCES), figures.asked().get(AgencyGroup.PROVINCES));
    }

    /** The levels of a national figure as state documents name them. */
    private static final Map<IndicatorLevel, String> LEVELS = Map.of(
            IndicatorLevel.CENTRAL, "bộ, cơ quan trung ương",
            IndicatorLevel.LOCAL, "địa phương",
            IndicatorLevel.PROVINCIAL, "cơ quan chuyên môn cấp tỉnh",
            IndicatorLevel.DISTRICT, "UBND cấp huyện",
            IndicatorLevel.COMMUNE, "UBND cấp xã",
            IndicatorLevel.LOCAL_BRANCH, "ngành dọc tại địa phương");

    /** The total as the brief states it, with the national reporter's counts behind a rate it computed from them. */
    private static BriefContent.@Nullable Amount amount(Indicator indicator, IndicatorLevel level, @Nullable Total total,
            @Nullable AgencyValues reporter) {
        if (total == null) {
            return null;
        }
        BigDecimal part = null;
        BigDecimal whole = null;
        if (indicator.rate() && reporter != null && total.isReported()) {
            part = reporter.values().get(new Figure(indicator.numerator(), level));
            whole = reporter.values().get(new Figure(indicator.denominator(), level));
        }
        return new BriefContent.Amount(total.value(), total.reportedBy() == null ? null : total.reportedBy().vi(),
                total.reporters(), total.asked(), part, whole);
    }

    private BriefContent.PreviousConclusions previousConclusions(SessionDetails session, LocalDate cutoff) {
        SessionSummary previous = sessions.list(SessionFilter.all()).stream()
                .filter(s -> s.term().equals(session.details().term()) && s.number() < session.number()
                        && s.status() != SessionStatus.CANCELLED)
                .max(Comparator.comparingInt(SessionSummary::number)).orElse(null);
        if (previous == null) {
            return new BriefContent.PreviousConclusions(null, List.of());
        }
        List<ConclusionLine> lines = new ArrayList<>();
        for (Conclusion conclusion : conclusions.list(previous.id())) {
            List<TaskRow> rows = tasks.byConclusion(conclusion.id(), cutoff);
            int done = (int) rows.stream().filter(r -> r.status() == TaskStatus.DONE_ON_TIME || r.status() == TaskStatus.DONE_LATE).count();
            int overdue = (int) rows.stream().filter(r -> r.status() == TaskStatus.OPEN_OVERDUE).count();
            lines.add(new ConclusionLine(conclusion.number(), conclusion.text(), rows.size(), done, overdue));
        }
        return new BriefContent.PreviousConclusions(previous.number(), lines);
    }

    private static GroupLine line(String label, Counts counts) {
        return new GroupLine(label, counts);
    }

    /** The group's name as state documents write it (a brief is always in Vietnamese). */
    private static String groupName(AgencyGroup group) {
        return switch (group) {
            case MINISTRIES -> "Bộ, cơ quan ngang bộ";
            case PROVINCES -> "Tỉnh, thành phố trực thuộc trung ương";
        };
    }
}
