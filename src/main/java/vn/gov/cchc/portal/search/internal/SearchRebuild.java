package vn.gov.cchc.portal.search.internal;

import java.util.Arrays;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.gov.cchc.portal.search.SearchKind;
import vn.gov.cchc.portal.search.SearchSettings;
import vn.gov.cchc.portal.security.SystemAuthentication;
import vn.gov.cchc.portal.session.SessionFilter;
import vn.gov.cchc.portal.session.SessionService;
import vn.gov.cchc.portal.session.SessionSummary;
import vn.gov.cchc.portal.task.TaskText;
import vn.gov.cchc.portal.task.TaskTextService;

/**
 * Builds the index again from the records: every task a page at a time, every session with its parts and
 * documents, every brief, inspection (with its documents), indicator and evidence file. Runs when the portal starts
 * with an index that misses tasks (a first start, demo or generated data written without the portal's events) or
 * was built for fewer kinds, and on demand
 * ({@code --portal.search.rebuild=true} at start; after generating data).
 */
@Component
public class SearchRebuild {

    private static final Logger log = LoggerFactory.getLogger(SearchRebuild.class);
    private static final int PAGE = 2_000;
    /** What this portal indexes; raised when it indexes more, so that an older table is built again at start. */
    static final int CONTENTS = 3;

    private final TaskTextService texts;
    private final SessionService sessions;
    private final SessionIndexer sessionIndexer;
    private final BriefIndexer briefIndexer;
    private final InspectionIndexer inspectionIndexer;
    private final IndicatorIndexer indicatorIndexer;
    private final EvidenceIndexer evidenceIndexer;
    private final SearchEntries entries;
    private final SearchChanges changes;
    private final NodeIndex node;
    private final boolean always;

    SearchRebuild(TaskTextService texts, SessionService sessions, SessionIndexer sessionIndexer, BriefIndexer briefIndexer,
            InspectionIndexer inspectionIndexer, IndicatorIndexer indicatorIndexer, EvidenceIndexer evidenceIndexer, SearchEntries entries,
            SearchChanges changes, NodeIndex node, SearchSettings settings) {
        this.texts = texts;
        this.sessions = sessions;
        this.sessionIndexer = sessionIndexer;
        this.briefIndexer = briefIndexer;
        this.inspectionIndexer = inspectionIndexer;
        this.indicatorIndexer = indicatorIndexer;
        this.evidenceIndexer = evidenceIndexer;
        this.entries = entries;
        this.changes = changes;
        this.node = node;
        this.always = settings.rebuild();
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        long indexedTasks = entries.count(SearchKind.TASK);
        long allTasks = SystemAuthentication.callAsSystem(texts::count);
        if (always || indexedTasks != allTasks || changes.contents() != CONTENTS) {
            log.info("Search index: {} of {} tasks indexed, built for contents {} of {}; building it again", indexedTasks, allTasks,
                    changes.contents(), CONTENTS);
            rebuild();
        }
        node.catchUp();
    }

    /**
     * Indexes every task, session, brief, inspection and indicator again; returns how many records the table holds.
     * Tasks are written without logging each row; the table's new generation then makes every node copy it whole.
     */
    public long rebuild() {
        long written = 0;
        long after = 0;
        while (true) {
            long from = after;
            List<TaskText> page = SystemAuthentication.callAsSystem(() -> texts.after(from, PAGE));
            if (page.isEmpty()) {
                break;
            }
            entries.write(page.stream().map(TaskIndexer::entry).toList());
            written += page.size();
            after = page.getLast().id();
        }
        for (SessionSummary session : SystemAuthentication.callAsSystem(() -> sessions.list(SessionFilter.all()))) {
            sessionIndexer.index(session.id());
            written++;
        }
        briefIndexer.indexAll();
        inspectionIndexer.indexAll();
        indicatorIndexer.indexAll();
        evidenceIndexer.indexAll();
        changes.renew(CONTENTS);
        long records = Arrays.stream(SearchKind.values()).mapToLong(entries::count).sum();
        log.info("Search index built: {} records ({} tasks and sessions)", records, written);
        return records;
    }
}
