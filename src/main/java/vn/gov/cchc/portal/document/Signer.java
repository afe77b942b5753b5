package vn.gov.cchc.portal.document;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A person of the register who may sign the committee's documents: name and position as the signature block prints
 * them, from {@code validFrom} to {@code validTo} (open-ended when null).
 */
public record Signer(long id, String name, String position, LocalDate validFrom, @Nullable LocalDate validTo, long version) {

    public boolean activeOn(LocalDate date) {
        return !validFrom.isAfter(date) && (validTo == null || !validTo.isBefore(date));
    }
}
