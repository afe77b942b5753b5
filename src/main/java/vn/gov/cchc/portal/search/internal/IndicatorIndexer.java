package vn.gov.cchc.portal.search.internal;

import vn.gov.cchc.portal.common.BeforeCommit;
import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.gov.cchc.portal.common.PortalTime;
import vn.gov.cchc.portal.indicator.Indicator;
import vn.gov.cchc.portal.indicator.IndicatorCatalogueService;
import vn.gov.cchc.portal.indicator.IndicatorDefined;
import vn.gov.cchc.portal.search.SearchKind;
import vn.gov.cchc.portal.security.SystemAuthentication;

/**
 * Keeps the indicators in force findable by their code and names, by every signed-in user. An indicator's record is
 * its place in the catalogue, which its versions keep.
 */
@Component
class IndicatorIndexer {

    private final IndicatorCatalogueService catalogue;
    private final SearchEntries entries;
    private final Clock clock;

    IndicatorIndexer(IndicatorCatalogueService catalogue, SearchEntries entries, Clock clock) {
        this.catalogue = catalogue;
        this.entries = entries;
        this.clock = clock;
    }

    @EventListener
    void on(IndicatorDefined defined) {
        BeforeCommit.gather(this, defined.code(), codes -> indexAll());
    }

    void indexAll() {
        entries.put(SystemAuthentication.callAsSystem(() -> catalogue.inForceOn(PortalTime.today(clock))).stream()
                .map(IndicatorIndexer::entry).toList());
    }

    static SearchEntry entry(Indicator indicator) {
        return SearchEntry.of(SearchKind.INDICATOR, indicator.position(), null, Readers.everyone(), indicator.nameVi(),
                indicator.code() + " · " + indicator.nameEn(), indicator.code());
    }
}
