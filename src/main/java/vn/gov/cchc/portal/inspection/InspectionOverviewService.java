package vn.gov.cchc.portal.inspection;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.cchc.portal.agency.AgencySummary;
import vn.gov.cchc.portal.common.PortalTime;
import vn.gov.cchc.portal.inspection.internal.Inspection;
import vn.gov.cchc.portal.inspection.internal.InspectionConclusion;
import vn.gov.cchc.portal.inspection.internal.InspectionConclusionRepository;
import vn.gov.cchc.portal.inspection.internal.InspectionPlan;
import vn.gov.cchc.portal.inspection.internal.InspectionPlanRepository;
import vn.gov.cchc.portal.inspection.internal.InspectionRecommendationRepository;
import vn.gov.cchc.portal.inspection.internal.InspectionRecords;
import vn.gov.cchc.portal.inspection.internal.InspectionRepository;
import vn.gov.cchc.portal.security.Access;
import vn.gov.cchc.portal.task.StatusBucket;
import vn.gov.cchc.portal.task.TaskDetails;
import vn.gov.cchc.portal.task.TaskQueryService;

/**
 * A year of inspections for the committee and the secretariat: the counts of the overview, and for each count the
 * records behind it, read by the same rule (so a number and its list always agree).
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Access.CENTRAL_READERS)
public class InspectionOverviewService {

    private final InspectionPlanRepository plans;
    private final InspectionRepository inspections;
    private final InspectionRecommendationRepository recommendations;
    private final InspectionConclusionRepository conclusions;
    private final InspectionRecords records;
    private final TaskQueryService tasks;
    private final Clock clock;

    InspectionOverviewService(InspectionPlanRepository plans, InspectionRepository inspections,
            InspectionRecommendationRepository recommendations, InspectionConclusionRepository conclusions,
            InspectionRecords records, TaskQueryService tasks, Clock clock) {
        this.plans = plans;
        this.inspections = inspections;
        this.recommendations = recommendations;
        this.conclusions = conclusions;
        this.records = records;
        this.tasks = tasks;
        this.clock = clock;
    }

    /** The years that have a plan, newest first. */
    public List<Integer> years() {
        return plans.findAllByOrderByYearDesc().stream().map(InspectionPlan::getYear).toList();
    }

    public InspectionOverview overview(int year) {
        Map<InspectionState, Long> byState = new EnumMap<>(InspectionState.class);
        for (InspectionState state : InspectionState.values()) {
            byState.put(state, (long) inspections(year, state).size());
        }
        Map<Long, InspectionOverview.AddresseeLine> lines = new LinkedHashMap<>();
        LocalDate today = PortalTime.today(clock);
        for (Recommendation recommendation : allRecommendations(year)) {
            InspectionOverview.AddresseeLine line = lines.computeIfAbsent(recommendation.addresseeId(), id ->
                    new InspectionOverview.AddresseeLine(id, recommendation.addressee(), new EnumMap<>(RecommendationBucket.class)));
            line.counts().merge(RecommendationBucket.of(recommendation, today), 1L, Long::sum);
        }
        List<InspectionOverview.AddresseeLine> addressees = new ArrayList<>(lines.values());
        addressees.sort(Comparator.comparing(line -> line.addressee().vi()));
        Map<RequirementBucket, Long> requirementCounts = new EnumMap<>(RequirementBucket.class);
        for (RequirementBucket bucket : RequirementBucket.values()) {
            requirementCounts.put(bucket, 0L);
        }
        allRequirements(year).forEach(line -> requirementCounts.merge(line.bucket(), 1L, Long::sum));
        return new InspectionOverview(year, byState, addressees, requirementCounts);
    }

    /** The year's inspections in the state. */
    public List<InspectionSummary> inspections(int year, InspectionState state) {
        Map<Long, AgencySummary> names = records.agencies();
        return yearInspections(year).stream().filter(i -> i.getState() == state).map(i -> records.summary(i, names)).toList();
    }

    /** The year's recommendations addressed to the agency (any, when null) in the bucket. */
    public List<Recommendation> recommendations(int year, Long addresseeId, RecommendationBucket bucket) {
        LocalDate today = PortalTime.today(clock);
        return allRecommendations(year).stream().filter(r -> addresseeId == null || r.addresseeId() == addresseeId)
                .filter(r -> RecommendationBucket.of(r, today) == bucket).toList();
    }

    /** The requirements of the year's issued notices whose tasks stand in the bucket today. */
    public List<RequirementLine> requirements(int year, RequirementBucket bucket) {
        return allRequirements(year).stream().filter(line -> line.bucket() == bucket).toList();
    }

    private List<Inspection> yearInspections(int year) {
        return plans.findAllByOrderByYearDesc().stream().filter(plan -> plan.getYear() == year).findFirst()
                .map(plan -> inspections.findByPlanIdOrderByPlannedMonthAscIdAsc(plan.getId())).orElse(List.of());
    }

    private List<Recommendation> allRecommendations(int year) {
        List<Long> ids = yearInspections(year).stream().map(Inspection::getId).toList();
        return ids.isEmpty() ? List.of() : records.recommendations(recommendations.findByInspectionIdIn(ids), records.agencies());
    }

    private List<RequirementLine> allRequirements(int year) {
        Map<Long, AgencySummary> names = records.agencies();
        List<RequirementLine> lines = new ArrayList<>();
        for (Inspection inspection : yearInspections(year)) {
            for (InspectionConclusion conclusion : conclusions.findByInspectionIdOrderByVersionNoDesc(inspection.getId())) {
                if (conclusion.getStatus() != ConclusionStatus.ISSUED) {
                    continue;
                }
                Conclusion issued = conclusion.toConclusion();
                for (Requirement requirement : issued.requirements()) {
                    if (requirement.taskId() == null) {
                        continue;
                    }
                    TaskDetails task = tasks.details(requirement.taskId());
                    StatusBucket status = task.statusToday().bucket();
                    RequirementBucket bucket = status == StatusBucket.DONE_ON_TIME || status == StatusBucket.DONE_LATE
                            ? RequirementBucket.DONE : status == StatusBucket.OPEN_OVERDUE ? RequirementBucket.OVERDUE : RequirementBucket.OPEN;
                    lines.add(new RequirementLine(inspection.getId(), records.summary(inspection, names).agency(), issued.docNumber(),
                            requirement.text(), requirement.taskId(), task.deadline(), bucket));
                }
            }
        }
        return lines;
    }
}
