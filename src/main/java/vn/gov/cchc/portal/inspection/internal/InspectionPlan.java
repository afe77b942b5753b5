package vn.gov.cchc.portal.inspection.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.hibernate.envers.Audited;

/** A year's inspection plan and its decision (V18). */
@Entity
@Audited
@Table(name = "inspection_plan")
public class InspectionPlan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "plan_year", nullable = false)
    private int year;

    @Column(nullable = false, length = 500)
    private String title;

    @Column(name = "decision_number", nullable = false, length = 64)
    private String decisionNumber;

    @Column(name = "decision_date", nullable = false)
    private LocalDate decisionDate;

    @Column(nullable = false)
    private String signer;

    @Version
    private long version;

    protected InspectionPlan() {
    }

    public InspectionPlan(int year, String title, String decisionNumber, LocalDate decisionDate, String signer) {
        this.year = year;
        this.title = title;
        this.decisionNumber = decisionNumber;
        this.decisionDate = decisionDate;
        this.signer = signer;
    }

    public Long getId() {
        return id;
    }

    public int getYear() {
        return year;
    }

    public String getTitle() {
        return title;
    }

    public String getDecisionNumber() {
        return decisionNumber;
    }

    public LocalDate getDecisionDate() {
        return decisionDate;
    }

    public String getSigner() {
        return signer;
    }

    public long getVersion() {
        return version;
    }
}
