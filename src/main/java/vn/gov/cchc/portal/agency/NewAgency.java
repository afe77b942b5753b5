package vn.gov.cchc.portal.agency;

import java.time.LocalDate;

public record NewAgency(
        String code,
        String gsoCode,
        String nameVi,
        String nameEn,
        AgencyKind kind,
        LocalDate validFrom,
        LocalDate validTo) {
}
