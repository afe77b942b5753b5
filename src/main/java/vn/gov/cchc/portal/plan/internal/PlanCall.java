package vn.gov.cchc.portal.plan.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/** The secretariat's call for a year's plans: by when the agencies submit them (V30). */
@Entity
@Table(name = "plan_call")
public class PlanCall {

    @Id
    @Column(name = "plan_year")
    private Integer year;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Version
    private long version;

    protected PlanCall() {
    }

    public PlanCall(int year, LocalDate dueOn) {
        this.year = year;
        this.dueOn = dueOn;
    }

    public void dueOn(LocalDate day) {
        this.dueOn = day;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public long getVersion() {
        return version;
    }
}
