package vn.gov.cchc.portal.search.internal;

import vn.gov.cchc.portal.common.BeforeCommit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.gov.cchc.portal.inspection.ConclusionStatus;
import vn.gov.cchc.portal.inspection.Finding;
import vn.gov.cchc.portal.inspection.InspectionChanged;
import vn.gov.cchc.portal.inspection.InspectionDetails;
import vn.gov.cchc.portal.inspection.InspectionPlanService;
import vn.gov.cchc.portal.inspection.InspectionService;
import vn.gov.cchc.portal.inspection.InspectionState;
import vn.gov.cchc.portal.inspection.InspectionSummary;
import vn.gov.cchc.portal.inspection.PlanSummary;
import vn.gov.cchc.portal.inspection.Recommendation;
import vn.gov.cchc.portal.inspection.RecommendationState;
import vn.gov.cchc.portal.inspection.TeamMember;
import vn.gov.cchc.portal.search.SearchKind;
import vn.gov.cchc.portal.security.SystemAuthentication;

/**
 * Keeps inspections and their recommendations findable, by those who may read them: central readers and the
 * team's members always, the inspected agency once it is concluded; a recommendation also by the agency it is
 * addressed to once forwarded. An inspection is found by its agency, topics, lead unit, team, visit, findings and
 * issued conclusion; a recommendation by its text and answer; a document by its name and text.
 */
@Component
class InspectionIndexer {

    private final InspectionService inspections;
    private final InspectionPlanService plans;
    private final DocumentIndexer documents;
    private final SearchEntries entries;

    InspectionIndexer(InspectionService inspections, InspectionPlanService plans, DocumentIndexer documents, SearchEntries entries) {
        this.inspections = inspections;
        this.plans = plans;
        this.documents = documents;
        this.entries = entries;
    }

    @EventListener
    void on(InspectionChanged change) {
        BeforeCommit.gather(this, change.inspectionId(), this::index);
    }

    void index(Collection<Long> ids) {
        SystemAuthentication.runAsSystem(() -> {
            for (long id : ids) {
                InspectionDetails details = inspections.details(id);
                entries.put(entries(details));
                documents.index(SearchKind.INSPECTION_DOCUMENT, id, details.documents().stream()
                        .map(document -> new DocumentIndexer.Document(document.id(), document.fileName())).toList(),
                        readers(details), inspections::document);
            }
        });
    }

    /** Every inspection of every plan, for a rebuild. */
    void indexAll() {
        index(SystemAuthentication.callAsSystem(() -> plans.plans().stream().map(PlanSummary::id)
                .flatMap(plan -> plans.inspections(plan).stream()).map(InspectionSummary::id).toList()));
    }

    /** Central readers, the team's members, and the inspected agency once concluded. */
    static Readers readers(InspectionDetails details) {
        Readers readers = Readers.central();
        for (TeamMember member : details.team()) {
            if (member.username() != null) {
                readers = readers.andUser(member.username());
            }
        }
        return details.summary().state() == InspectionState.CONCLUDED ? readers.andAgency(details.summary().agencyId()) : readers;
    }

    static List<SearchEntry> entries(InspectionDetails details) {
        InspectionSummary summary = details.summary();
        Readers readers = readers(details);
        List<String> text = new ArrayList<>();
        add(text, details.topics());
        add(text, summary.leadUnit());
        details.team().forEach(member -> add(text, member.fullName()));
        add(text, details.visit().teamDecision());
        add(text, details.visit().places());
        add(text, details.visit().documents());
        details.findings().stream().map(Finding::text).forEach(finding -> add(text, finding));
        details.conclusions().stream().filter(conclusion -> conclusion.status() == ConclusionStatus.ISSUED).forEach(conclusion -> {
            add(text, conclusion.docNumber());
            add(text, conclusion.conclusions());
        });
        List<SearchEntry> written = new ArrayList<>();
        written.add(SearchEntry.of(SearchKind.INSPECTION, summary.id(), null, readers,
                summary.agency().vi() + " · " + summary.year(), String.join(" · ", text)));
        for (Recommendation recommendation : details.recommendations()) {
            Readers recommendationReaders = recommendation.state() == RecommendationState.RECORDED ? readers
                    : readers.andAgency(recommendation.addresseeId());
            List<String> more = new ArrayList<>(List.of(recommendation.inspected().vi() + " → " + recommendation.addressee().vi()));
            add(more, recommendation.forwardedDoc());
            add(more, recommendation.answerText());
            add(more, recommendation.answerDoc());
            written.add(SearchEntry.of(SearchKind.RECOMMENDATION, recommendation.id(), summary.id(), recommendationReaders,
                    recommendation.text(), String.join(" · ", more)));
        }
        return written;
    }

    private static void add(List<String> text, @Nullable String part) {
        if (part != null && !part.isBlank()) {
            text.add(part.strip());
        }
    }
}
