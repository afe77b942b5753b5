package vn.gov.cchc.portal.indicator;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.cchc.portal.indicator.internal.IndicatorVersion;
import vn.gov.cchc.portal.indicator.internal.IndicatorVersionRepository;
import vn.gov.cchc.portal.security.Access;

/** The indicator catalogue as it stood on a date; every signed-in user reads it (the forms and figures show it). */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Access.AUTHENTICATED)
public class IndicatorCatalogueService {

    private final IndicatorVersionRepository versions;

    IndicatorCatalogueService(IndicatorVersionRepository versions) {
        this.versions = versions;
    }

    /** Every indicator in force on the date (a period's cut-off), in the catalogue's order. */
    public List<Indicator> inForceOn(LocalDate on) {
        return versions.findInForceOn(on).stream().map(IndicatorVersion::toIndicator).toList();
    }

    /** As {@link #inForceOn}, by code, for {@link IndicatorChecks}. */
    public Map<String, Indicator> byCode(LocalDate on) {
        Map<String, Indicator> byCode = new LinkedHashMap<>();
        inForceOn(on).forEach(indicator -> byCode.put(indicator.code(), indicator));
        return byCode;
    }
}
