package vn.gov.cchc.portal.indicator;

import org.springframework.context.ApplicationEventPublisher;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.cchc.portal.common.Checks;
import vn.gov.cchc.portal.common.Formats;
import vn.gov.cchc.portal.indicator.internal.IndicatorVersion;
import vn.gov.cchc.portal.indicator.internal.IndicatorVersionRepository;
import vn.gov.cchc.portal.indicator.internal.ReportingRoundRepository;
import vn.gov.cchc.portal.security.Access;

/**
 * The indicator catalogue as it stood on a date; every signed-in user reads it (the forms and figures show it), the
 * secretariat and administrators add indicators and change them from a period on.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Access.AUTHENTICATED)
public class IndicatorCatalogueService {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,31}");
    private static final int NAME_MAX = 255;

    private final ApplicationEventPublisher events;
    private final IndicatorVersionRepository versions;
    private final ReportingRoundRepository rounds;

    IndicatorCatalogueService(IndicatorVersionRepository versions, ReportingRoundRepository rounds, ApplicationEventPublisher events) {
        this.events = events;
        this.versions = versions;
        this.rounds = rounds;
    }

    /**
     * Adds an indicator, or changes one from a period on: a new version from {@code validFrom} (the first day of a
     * quarter), after the indicator's latest version and after the cut-off of every round that asked for it, so that
     * no period already reported reads differently. A rate names two counts in force from that day.
     */
    @Transactional
    @PreAuthorize(Access.ADMIN_OR_SECRETARIAT)
    public void define(Indicator draft) {
        Checks checks = new Checks().required("code", draft.code()).required("nameVi", draft.nameVi())
                .required("nameEn", draft.nameEn()).maxLength("nameVi", draft.nameVi(), NAME_MAX)
                .maxLength("nameEn", draft.nameEn(), NAME_MAX).required("unit", draft.unit()).required("validFrom", draft.validFrom());
        checks.check(draft.code() == null || CODE.matcher(draft.code()).matches(), "code", "indicator.validation.code");
        checks.check(!draft.groups().isEmpty(), "groups", "indicator.validation.noGroup");
        checks.check(draft.validFrom() == null || (draft.validFrom().getDayOfMonth() == 1 && draft.validFrom().getMonthValue() % 3 == 1),
                "validFrom", "indicator.validation.periodStart");
        checks.check((draft.numerator() == null) == (draft.denominator() == null), "denominator", "indicator.validation.formulaBoth");
        checks.throwIfAny();
        if (draft.rate()) {
            Map<String, Indicator> inForce = byCode(draft.validFrom());
            checks.check(draft.unit() == IndicatorUnit.PERCENT, "unit", "indicator.validation.rateUnit");
            for (String part : List.of(draft.numerator(), draft.denominator())) {
                Indicator count = inForce.get(part);
                checks.check(count != null && count.unit().additive() && !part.equals(draft.code()),
                        part.equals(draft.numerator()) ? "numerator" : "denominator", "indicator.validation.formulaCounts");
            }
        }
        List<IndicatorVersion> earlier = versions.findByCodeOrderByValidFromDesc(draft.code());
        if (!earlier.isEmpty()) {
            LocalDate latest = earlier.getFirst().getValidFrom();
            checks.check(draft.validFrom().isAfter(latest), "validFrom", "indicator.validation.notAfterLatest", Formats.date(latest));
        }
        rounds.findLastCutoffAsking(draft.code()).ifPresent(cutoff -> checks.check(draft.validFrom().isAfter(cutoff),
                "validFrom", "indicator.validation.reportedUnder", Formats.date(cutoff)));
        checks.throwIfAny();
        Indicator previous = earlier.isEmpty() ? null : earlier.getFirst().toIndicator();
        int position = previous == null ? versions.findLastPosition() + 10 : previous.position();
        String sameAs = draft.sameAs() != null ? draft.sameAs() : previous == null ? null : previous.sameAs();
        versions.save(new IndicatorVersion(new Indicator(draft.code(), draft.nameVi().strip(), draft.nameEn().strip(),
                draft.unit(), draft.byLevel(), draft.groups(), draft.numerator(), draft.denominator(), draft.validFrom(),
                position, sameAs)));
        events.publishEvent(new IndicatorDefined(draft.code()));
    }

    /** Every version of the indicator, the newest first (its history in the catalogue). */
    public List<Indicator> versionsOf(String code) {
        return versions.findByCodeOrderByValidFromDesc(code).stream().map(IndicatorVersion::toIndicator).toList();
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
