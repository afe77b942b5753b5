package vn.gov.cchc.portal.plan.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.gov.cchc.portal.storage.StoredFile;

/** The plan document as its signer signed it (V31); the bytes live in the file store. */
@Entity
@Table(name = "agency_plan_file")
public class SignedPlanFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "plan_id", nullable = false)
    private long planId;

    @Embedded
    private StoredFile file;

    protected SignedPlanFile() {
    }

    public SignedPlanFile(long planId, StoredFile file) {
        this.planId = planId;
        this.file = file;
    }

    public long getPlanId() {
        return planId;
    }

    public StoredFile getFile() {
        return file;
    }

    public void replace(StoredFile newFile) {
        this.file = newFile;
    }
}
