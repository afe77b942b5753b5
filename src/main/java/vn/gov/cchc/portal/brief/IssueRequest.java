package vn.gov.cchc.portal.brief;

import java.time.LocalDate;

/** Number/symbol (e.g. 45/BC-VPBCĐ), date and signer of the brief being issued. */
public record IssueRequest(String docNumber, LocalDate issuedOn, String signer) {
}
