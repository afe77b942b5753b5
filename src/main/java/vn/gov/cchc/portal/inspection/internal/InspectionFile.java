package vn.gov.cchc.portal.inspection.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.gov.cchc.portal.inspection.InspectionDocument;
import vn.gov.cchc.portal.storage.StoredFile;

/** A document of an inspection (the self-inspection report, records asked for), kept in the file store (V18). */
@Entity
@Table(name = "inspection_file")
public class InspectionFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "inspection_id", nullable = false)
    private long inspectionId;

    @Embedded
    private StoredFile file;

    protected InspectionFile() {
    }

    public InspectionFile(long inspectionId, StoredFile file) {
        this.inspectionId = inspectionId;
        this.file = file;
    }

    public long getInspectionId() {
        return inspectionId;
    }

    public StoredFile getFile() {
        return file;
    }

    public InspectionDocument toDocument() {
        return new InspectionDocument(id, file.getFileName(), file.getSize(), file.getUploadedBy(), file.getUploadedAt());
    }
}
