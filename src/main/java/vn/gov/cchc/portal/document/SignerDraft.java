package vn.gov.cchc.portal.document;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A signer as the administrator types it. */
public record SignerDraft(@Nullable String name, @Nullable String position, @Nullable LocalDate validFrom,
        @Nullable LocalDate validTo) {
}
