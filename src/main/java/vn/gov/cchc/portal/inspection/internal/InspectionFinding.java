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
import org.hibernate.envers.Audited;
import vn.gov.cchc.portal.inspection.Finding;
import vn.gov.cchc.portal.inspection.FindingKind;
import vn.gov.cchc.portal.task.ReformArea;

/** A numbered paragraph of an inspection's findings (V18). */
@Entity
@Audited
@Table(name = "inspection_finding")
public class InspectionFinding {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "inspection_id", nullable = false)
    private long inspectionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private FindingKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private ReformArea area;

    @Column(nullable = false)
    private int number;

    @Column(nullable = false, length = 4000)
    private String text;

    @Version
    private long version;

    protected InspectionFinding() {
    }

    public InspectionFinding(long inspectionId, FindingKind kind, ReformArea area, int number, String text) {
        this.inspectionId = inspectionId;
        this.kind = kind;
        this.area = area;
        this.number = number;
        this.text = text;
    }

    public void rewrite(FindingKind kind, ReformArea area, String text) {
        this.kind = kind;
        this.area = area;
        this.text = text;
    }

    public Long getId() {
        return id;
    }

    public long getInspectionId() {
        return inspectionId;
    }

    public long getVersion() {
        return version;
    }

    public Finding toFinding() {
        return new Finding(id, kind, area, number, text, version);
    }
}
