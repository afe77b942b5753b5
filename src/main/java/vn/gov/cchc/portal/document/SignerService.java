package vn.gov.cchc.portal.document;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.cchc.portal.common.Checks;
import vn.gov.cchc.portal.common.ConcurrentEditException;
import vn.gov.cchc.portal.common.Formats;
import vn.gov.cchc.portal.common.NotFoundException;
import vn.gov.cchc.portal.common.ValidationException;
import vn.gov.cchc.portal.document.internal.SignerEntry;
import vn.gov.cchc.portal.document.internal.SignerRepository;
import vn.gov.cchc.portal.security.Access;

/**
 * The register of signers: administrators keep it; the secretariat picks from it when a document is issued, and
 * only someone in office on the issue date may sign.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Access.ADMIN_OR_SECRETARIAT)
public class SignerService {

    public static final int NAME_MAX = 120;
    public static final int POSITION_MAX = 255;

    private final SignerRepository signers;

    SignerService(SignerRepository signers) {
        this.signers = signers;
    }

    /** The whole register, the latest appointments first. */
    public List<Signer> list() {
        return signers.findAllByOrderByValidFromDescNameAsc().stream().map(SignerEntry::toSigner).toList();
    }

    /** Who may sign a document dated {@code on}. */
    public List<Signer> inOfficeOn(LocalDate on) {
        return list().stream().filter(signer -> signer.activeOn(on)).toList();
    }

    /**
     * The signer of a document dated {@code on}, refused on the field {@code signer} when there is none or when the
     * person was not in office that day.
     */
    public Signer signerOn(@Nullable Long id, @Nullable LocalDate on) {
        if (id == null) {
            throw new ValidationException("signer", "validation.required");
        }
        Signer signer = signers.findById(id).map(SignerEntry::toSigner).orElseThrow(NotFoundException::new);
        if (on != null && !signer.activeOn(on)) {
            throw new ValidationException("signer", "document.validation.signerOutOfOffice", signer.name(),
                    Formats.date(on), Formats.date(signer.validFrom()),
                    signer.validTo() == null ? "…" : Formats.date(signer.validTo()));
        }
        return signer;
    }

    @Transactional
    @PreAuthorize(Access.ADMIN)
    public Signer add(SignerDraft draft) {
        validate(draft);
        return signers.saveAndFlush(new SignerEntry(draft.name().strip(), draft.position().strip(), draft.validFrom(),
                draft.validTo())).toSigner();
    }

    /** Corrects an entry or ends its term (a last day). */
    @Transactional
    @PreAuthorize(Access.ADMIN)
    public Signer change(long id, long version, SignerDraft draft) {
        SignerEntry entry = signers.findById(id).orElseThrow(NotFoundException::new);
        if (entry.getVersion() != version) {
            throw new ConcurrentEditException();
        }
        validate(draft);
        entry.change(draft.name().strip(), draft.position().strip(), draft.validFrom(), draft.validTo());
        return signers.saveAndFlush(entry).toSigner();
    }

    private static void validate(SignerDraft draft) {
        new Checks().required("name", draft.name()).maxLength("name", draft.name(), NAME_MAX)
                .required("position", draft.position()).maxLength("position", draft.position(), POSITION_MAX)
                .required("validFrom", draft.validFrom())
                .check(draft.validTo() == null || draft.validFrom() == null || !draft.validTo().isBefore(draft.validFrom()),
                        "validTo", "document.validation.endBeforeStart")
                .throwIfAny();
    }
}
