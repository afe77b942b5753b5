package vn.gov.cchc.portal.brief;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Number/symbol (e.g. 45/BC-VPBCĐ), date and signer (an entry of the register of signers, in office that day) of the
 * brief being issued.
 */
public record IssueRequest(@Nullable String docNumber,
        @Nullable LocalDate issuedOn, @Nullable Long signerId) {
}
