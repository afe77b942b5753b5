package vn.gov.cchc.portal.session;

import java.time.LocalDate;

/** The notice that publishes a session's conclusions, e.g. 304/TB-VPCP of 19/07/2023. */
public record ConclusionNotice(String number, LocalDate date, String signer) {

    public boolean isEmpty() {
        return (number == null || number.isBlank()) && date == null && (signer == null || signer.isBlank());
    }
}
