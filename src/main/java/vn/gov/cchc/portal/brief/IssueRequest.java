package vn.gov.cchc.portal.brief;

import java.time.LocalDate;

/**
 * Number/symbol (e.g. 45/BC-VPBCĐ), date and signer (an entry of the register of signers, in office that day) of the
 * brief being issued.
 */
public record IssueRequest(@org.jspecify.annotations.Nullable String docNumber,
        @org.jspecify.annotations.Nullable LocalDate issuedOn, @org.jspecify.annotations.Nullable Long signerId) {
}
