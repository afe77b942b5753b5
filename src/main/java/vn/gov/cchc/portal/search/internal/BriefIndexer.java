package vn.gov.cchc.portal.search.internal;

import vn.gov.cchc.portal.common.BeforeCommit;
import java.util.Collection;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.gov.cchc.portal.brief.BriefChanged;
import vn.gov.cchc.portal.brief.BriefDetails;
import vn.gov.cchc.portal.brief.BriefService;
import vn.gov.cchc.portal.brief.BriefStatus;
import vn.gov.cchc.portal.brief.BriefSummary;
import vn.gov.cchc.portal.search.SearchKind;
import vn.gov.cchc.portal.security.SystemAuthentication;
import java.util.ArrayList;

/**
 * Keeps briefs findable by their session, document number, signer and narratives: a draft by the secretariat and
 * administrators only (as the briefs list shows it), an issued or superseded brief by every signed-in user.
 */
@Component
class BriefIndexer {

    private final BriefService briefs;
    private final SearchEntries entries;

    BriefIndexer(BriefService briefs, SearchEntries entries) {
        this.briefs = briefs;
        this.entries = entries;
    }

    @EventListener
    void on(BriefChanged change) {
        BeforeCommit.gather(this, change.briefId(), this::index);
    }

    void index(Collection<Long> ids) {
        entries.put(SystemAuthentication.callAsSystem(() -> ids.stream().map(briefs::get).map(BriefIndexer::entry).toList()));
    }

    /** Every brief, for a rebuild. */
    void indexAll() {
        index(SystemAuthentication.callAsSystem(() -> briefs.list().stream().map(BriefSummary::id).toList()));
    }

    static SearchEntry entry(BriefDetails brief) {
        BriefSummary summary = brief.summary();
        String title = summary.sessionTitle() + (summary.docNumber() == null ? "" : " — " + summary.docNumber());
        List<String> parts = new ArrayList<>();
        if (summary.signer() != null) {
            parts.add(summary.signer());
        }
        for (String text : new String[] {brief.narratives().situation(), brief.narratives().assessment(), brief.narratives().directions()}) {
            if (text != null && !text.isBlank()) {
                parts.add(text.strip());
            }
        }
        return SearchEntry.of(SearchKind.BRIEF, summary.id(), summary.sessionId(),
                summary.status().unissued() ? Readers.editors() : Readers.everyone(), title,
                parts.isEmpty() ? null : String.join(" · ", parts));
    }
}
