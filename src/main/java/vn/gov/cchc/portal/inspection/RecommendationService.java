package vn.gov.cchc.portal.inspection;

import org.springframework.context.ApplicationEventPublisher;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.cchc.portal.agency.AgencySummary;
import vn.gov.cchc.portal.common.Checks;
import vn.gov.cchc.portal.common.ConcurrentEditException;
import vn.gov.cchc.portal.common.NotFoundException;
import vn.gov.cchc.portal.common.PortalTime;
import vn.gov.cchc.portal.common.ValidationException;
import vn.gov.cchc.portal.inspection.internal.InspectionAccess;
import vn.gov.cchc.portal.inspection.internal.InspectionRecommendation;
import vn.gov.cchc.portal.inspection.internal.InspectionRecommendationRepository;
import vn.gov.cchc.portal.inspection.internal.InspectionRecords;
import vn.gov.cchc.portal.security.Access;
import vn.gov.cchc.portal.security.CurrentUser;

/**
 * The inspected agency's recommendations to competent agencies: recorded with the inspection (secretariat or team),
 * forwarded by the secretariat with its document and the day an answer is due, answered by the addressee's users,
 * or closed by the secretariat with a reason. The addressee sees only what is addressed to it, once forwarded.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Access.AUTHENTICATED)
public class RecommendationService {

    private static final int TEXT_MAX = 4000;
    private static final int DOC_MAX = 255;

    private final ApplicationEventPublisher events;
    private final InspectionRecommendationRepository recommendations;
    private final InspectionRecords records;
    private final InspectionAccess access;
    private final CurrentUser currentUser;
    private final Clock clock;

    RecommendationService(InspectionRecommendationRepository recommendations, InspectionRecords records,
            InspectionAccess access, CurrentUser currentUser, Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.recommendations = recommendations;
        this.records = records;
        this.access = access;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Records a recommendation of the inspected agency, addressed to an agency of the registry. */
    @Transactional
    public long add(long inspectionId, String text, long addresseeId) {
        access.editable(inspectionId);
        new Checks().required("text", text).maxLength("text", text, TEXT_MAX).throwIfAny();
        AgencySummary addressee = records.agencies().get(addresseeId);
        if (addressee == null || !addressee.activeOn(PortalTime.today(clock))) {
            throw new ValidationException("addressee", "inspection.validation.addressee");
        }
        return recommendations.save(new InspectionRecommendation(inspectionId, recommendations.findLastNumber(inspectionId) + 1,
                text.strip(), addresseeId)).getId();
    }

    /** The secretariat forwards it to its addressee: the forwarding document, its date, the day an answer is due. */
    @Transactional
    @PreAuthorize(Access.ADMIN_OR_SECRETARIAT)
    public void forward(long id, long version, String document, LocalDate on, LocalDate due) {
        InspectionRecommendation recommendation = versioned(id, version);
        requireState(recommendation, RecommendationState.RECORDED);
        new Checks().required("document", document).maxLength("document", document, DOC_MAX).required("on", on)
                .required("due", due).check(on == null || due == null || !due.isBefore(on), "due", "inspection.validation.dueBeforeForward")
                .throwIfAny();
        recommendation.forward(document.strip(), on, due);
        events.publishEvent(new InspectionChanged(recommendation.getInspectionId()));
    }

    /** The addressee answers: the answer and its document. */
    @Transactional
    @PreAuthorize(Access.AGENCY_USERS)
    public void answer(long id, long version, String answer, String document) {
        InspectionRecommendation recommendation = versioned(id, version);
        if (!ownAgency(recommendation) || recommendation.getState() == RecommendationState.RECORDED) {
            throw new NotFoundException();
        }
        requireState(recommendation, RecommendationState.FORWARDED);
        new Checks().required("answer", answer).maxLength("answer", answer, TEXT_MAX).maxLength("document", document, DOC_MAX)
                .throwIfAny();
        recommendation.answer(answer.strip(), document == null || document.isBlank() ? null : document.strip(),
                PortalTime.today(clock), currentUser.username().orElseThrow());
        events.publishEvent(new InspectionChanged(recommendation.getInspectionId()));
    }

    /** The secretariat closes it without an answer, with the reason (never without one). */
    @Transactional
    @PreAuthorize(Access.ADMIN_OR_SECRETARIAT)
    public void close(long id, long version, String reason) {
        InspectionRecommendation recommendation = versioned(id, version);
        if (recommendation.getState().settled()) {
            throw new ValidationException(null, "inspection.validation.recommendationState");
        }
        new Checks().required("reason", reason).maxLength("reason", reason, TEXT_MAX).throwIfAny();
        recommendation.close(reason.strip());
        events.publishEvent(new InspectionChanged(recommendation.getInspectionId()));
    }

    /** The forwarded recommendations addressed to the user's agency, the newest first. */
    @PreAuthorize(Access.AGENCY_USERS)
    public List<Recommendation> addressedToMe() {
        Long agency = currentUser.portalUser().map(user -> user.agencyId()).orElse(null);
        return agency == null ? List.of() : records.recommendations(recommendations.findForwardedTo(agency), records.agencies());
    }

    private InspectionRecommendation versioned(long id, long version) {
        InspectionRecommendation recommendation = recommendations.findById(id).orElseThrow(NotFoundException::new);
        if (!ownAgency(recommendation) || recommendation.getState() == RecommendationState.RECORDED) {
            access.readable(recommendation.getInspectionId());
        }
        if (recommendation.getVersion() != version) {
            throw new ConcurrentEditException();
        }
        return recommendation;
    }

    private boolean ownAgency(InspectionRecommendation recommendation) {
        return currentUser.portalUser().map(user -> user.agencyId() != null && user.agencyId() == recommendation.getAddresseeId())
                .orElse(false);
    }

    private static void requireState(InspectionRecommendation recommendation, RecommendationState state) {
        if (recommendation.getState() != state) {
            throw new ValidationException(null, "inspection.validation.recommendationState");
        }
    }
}
