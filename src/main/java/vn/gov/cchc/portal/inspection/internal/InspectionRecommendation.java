package vn.gov.cchc.portal.inspection.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import vn.gov.cchc.portal.agency.AgencyName;
import vn.gov.cchc.portal.inspection.Recommendation;
import vn.gov.cchc.portal.inspection.RecommendationState;

/** A recommendation of the inspected agency and its follow-up (V18). */
@Entity
@Audited
@Table(name = "inspection_recommendation")
public class InspectionRecommendation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "inspection_id", nullable = false)
    private long inspectionId;

    @Column(nullable = false)
    private int number;

    @Column(nullable = false, length = 4000)
    private String text;

    @Column(name = "addressee_id", nullable = false)
    private long addresseeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private RecommendationState state = RecommendationState.RECORDED;

    @Column(name = "forwarded_doc")
    private String forwardedDoc;

    @Column(name = "forwarded_on")
    private LocalDate forwardedOn;

    @Column(name = "answer_due")
    private LocalDate answerDue;

    @Column(name = "answer_text", length = 4000)
    private String answerText;

    @Column(name = "answer_doc")
    private String answerDoc;

    @Column(name = "answered_on")
    private LocalDate answeredOn;

    @Column(name = "answered_by", length = 64)
    private String answeredBy;

    @Column(name = "close_reason", length = 2000)
    private String closeReason;

    @Version
    private long version;

    protected InspectionRecommendation() {
    }

    public InspectionRecommendation(long inspectionId, int number, String text, long addresseeId) {
        this.inspectionId = inspectionId;
        this.number = number;
        this.text = text;
        this.addresseeId = addresseeId;
    }

    public void forward(String document, LocalDate on, LocalDate due) {
        forwardedDoc = document;
        forwardedOn = on;
        answerDue = due;
        state = RecommendationState.FORWARDED;
    }

    public void answer(String answer, String document, LocalDate on, String by) {
        answerText = answer;
        answerDoc = document;
        answeredOn = on;
        answeredBy = by;
        state = RecommendationState.ANSWERED;
    }

    public void close(String reason) {
        closeReason = reason;
        state = RecommendationState.CLOSED;
    }

    public Long getId() {
        return id;
    }

    public long getInspectionId() {
        return inspectionId;
    }

    public int getNumber() {
        return number;
    }

    public String getForwardedDoc() {
        return forwardedDoc;
    }

    public String getAnswerText() {
        return answerText;
    }

    public String getCloseReason() {
        return closeReason;
    }

    public long getAddresseeId() {
        return addresseeId;
    }

    public RecommendationState getState() {
        return state;
    }

    public long getVersion() {
        return version;
    }

    public Recommendation toRecommendation(int year, AgencyName inspected, AgencyName addressee) {
        return new Recommendation(id, inspectionId, year, inspected, number, text, addresseeId, addressee, state, forwardedDoc,
                forwardedOn, answerDue, answerText, answerDoc, answeredOn, closeReason, version);
    }
}
