package vn.gov.cchc.portal.inspection;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** What issuing a conclusion notice needs: its number, date and signer (an entry of the register, in office that day). */
public record IssueNotice(@Nullable String docNumber, @Nullable LocalDate issuedOn, @Nullable Long signerId) {
}
