package vn.gov.cchc.portal.inspection.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import vn.gov.cchc.portal.inspection.Requirement;

/** A requirement of a conclusion version, as stored with it. */
@Embeddable
public class RequirementEntry {

    @Column(nullable = false, length = 4000)
    private String text;

    @Column(name = "due_days", nullable = false)
    private int dueDays;

    @Column(name = "task_id")
    private Long taskId;

    protected RequirementEntry() {
    }

    public RequirementEntry(Requirement requirement) {
        this.text = requirement.text();
        this.dueDays = requirement.dueDays();
        this.taskId = requirement.taskId();
    }

    public void becameTask(long id) {
        taskId = id;
    }

    public Requirement toRequirement() {
        return new Requirement(text, dueDays, taskId);
    }
}
