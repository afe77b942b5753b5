package vn.gov.cchc.portal.document.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.gov.cchc.portal.document.Signer;

@Entity
@Table(name = "document_signer")
public class SignerEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 120)
    private String name;

    @Column(nullable = false)
    private String position;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private @Nullable LocalDate validTo;

    @Version
    private long version;

    protected SignerEntry() {
    }

    public SignerEntry(String name, String position, LocalDate validFrom, @Nullable LocalDate validTo) {
        change(name, position, validFrom, validTo);
    }

    public final void change(String name, String position, LocalDate validFrom, @Nullable LocalDate validTo) {
        this.name = name;
        this.position = position;
        this.validFrom = validFrom;
        this.validTo = validTo;
    }

    public long getVersion() {
        return version;
    }

    public Signer toSigner() {
        return new Signer(id, name, position, validFrom, validTo, version);
    }
}
