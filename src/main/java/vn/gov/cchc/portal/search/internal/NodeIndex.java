package vn.gov.cchc.portal.search.internal;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.gov.cchc.portal.search.SearchSettings;
import vn.gov.cchc.portal.search.internal.SearchChanges.Change;
import vn.gov.cchc.portal.search.internal.SearchChanges.Key;
import vn.gov.cchc.portal.search.internal.SearchEntries.Row;

/**
 * This node's copy of the index table, in Lucene on a local disk. Before each search it catches up with the
 * change log — one indexed read when nothing changed — so a record saved on any node a moment ago is found, and a
 * transaction that commits after a later one is not missed: ids skipped in the log are asked for again for
 * {@value #MISSING_SECONDS} s. A new generation of the table (rebuilt), a log pruned past this copy, or a log that
 * ends before it (a database restored from a backup) makes the node copy the whole table again. Commits to disk every {@value #COMMIT_SECONDS} s and at shutdown, with how far it got.
 */
@Component
class NodeIndex {

    private static final Logger log = LoggerFactory.getLogger(NodeIndex.class);
    /**
     * The log's rows are written just before their transaction commits, so an id skipped by one not yet committed
     * is normally filled within milliseconds; batched inserts also leave ids that are never used (InnoDB reserves
     * them in blocks). Skipped ids are therefore asked for again for a short while, and only the newest of them.
     */
    private static final int MISSING_SECONDS = 10;
    private static final int MAX_MISSING = 2_000;
    private static final int COMMIT_SECONDS = 30;
    private static final int COPY_PAGE = 5_000;
    /** Changes read again at start: those just before a stop may have been skipped while their transaction ran. */
    private static final int REREAD_AT_START = 1_000;
    private static final String GENERATION = "generation";
    private static final String LAST = "last";

    private final SearchChanges changes;
    private final SearchEntries entries;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Map<Long, Long> missing = new LinkedHashMap<>();
    private @Nullable String generation;
    private long last;
    private long committedAt = System.nanoTime();
    private boolean dirty;
    private boolean started;

    NodeIndex(SearchChanges changes, SearchEntries entries, SearchSettings settings) {
        this.changes = changes;
        this.entries = entries;
        try {
            Files.createDirectories(settings.indexDir());
            FSDirectory directory = FSDirectory.open(settings.indexDir());
            IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer(CharArraySet.EMPTY_SET))
                    .setOpenMode(OpenMode.CREATE_OR_APPEND).setRAMBufferSizeMB(64);
            this.writer = new IndexWriter(directory, config);
            Map<String, String> stored = DirectoryReader.indexExists(directory)
                    ? DirectoryReader.listCommits(directory).getLast().getUserData() : Map.of();
            this.generation = stored.get(GENERATION);
            this.last = Long.parseLong(stored.getOrDefault(LAST, "0"));
            this.searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException("The search index cannot be opened in " + settings.indexDir(), e);
        }
    }

    /** Searches the copy, caught up first. */
    KindCollector search(List<String> words, List<String> readers, int perKind) {
        catchUp();
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return searcher.search(query(words, readers), KindCollector.manager(perKind));
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every word as a word's beginning; a whole word ranks higher, and higher still in the title; only records one of
     * the reader's terms may find.
     */
    static Query query(List<String> words, List<String> readers) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (String word : words) {
            query.add(new BooleanQuery.Builder()
                    .add(new PrefixQuery(new Term(IndexedRecord.WORDS, word)), Occur.SHOULD)
                    .add(new TermQuery(new Term(IndexedRecord.WORDS, word)), Occur.SHOULD)
                    .add(new BoostQuery(new TermQuery(new Term(IndexedRecord.TITLE, word)), 2f), Occur.SHOULD)
                    .build(), Occur.MUST);
        }
        BooleanQuery.Builder readable = new BooleanQuery.Builder();
        readers.forEach(reader -> readable.add(new TermQuery(new Term(IndexedRecord.READERS, reader)), Occur.SHOULD));
        query.add(readable.build(), Occur.FILTER);
        return query.build();
    }

    /** Applies what changed since the last catch-up; copies the whole table when it was built again. */
    synchronized void catchUp() {
        try {
            SearchChanges.State state = changes.state();
            boolean pruned = state.first() != null && state.first() > last + 1 && last > 0;
            boolean restored = state.last() < last;
            if (!state.generation().equals(generation) || pruned || restored) {
                copyAll(state.generation());
            } else if (!started) {
                last = Math.max(0, last - REREAD_AT_START);
            }
            started = true;
            forgetOldMissing();
            List<Change> fresh = changes.since(last, missing.keySet());
            if (!fresh.isEmpty()) {
                apply(fresh);
                searchers.maybeRefreshBlocking();
                dirty = true;
            }
            if (dirty && System.nanoTime() - committedAt > Duration.ofSeconds(COMMIT_SECONDS).toNanos()) {
                commit();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void apply(List<Change> fresh) throws IOException {
        Set<Key> keys = new LinkedHashSet<>();
        long highest = last;
        Set<Long> seen = new HashSet<>();
        for (Change change : fresh) {
            keys.add(change.key());
            missing.remove(change.id());
            seen.add(change.id());
            highest = Math.max(highest, change.id());
        }
        long now = System.nanoTime();
        for (long id = Math.max(last + 1, highest - MAX_MISSING); id < highest; id++) {
            if (!seen.contains(id)) {
                missing.put(id, now);
            }
        }
        for (Iterator<Long> oldest = missing.keySet().iterator(); missing.size() > MAX_MISSING; ) {
            oldest.next();
            oldest.remove();
        }
        last = highest;
        Set<Key> gone = new LinkedHashSet<>(keys);
        for (Row row : entries.rows(keys)) {
            writer.updateDocument(IndexedRecord.keyTerm(row.key()), IndexedRecord.of(row));
            gone.remove(row.key());
        }
        for (Key key : gone) {
            writer.deleteDocuments(IndexedRecord.keyTerm(key));
        }
    }

    private void forgetOldMissing() {
        long oldest = System.nanoTime() - Duration.ofSeconds(MISSING_SECONDS).toNanos();
        for (Iterator<Long> at = missing.values().iterator(); at.hasNext(); ) {
            if (at.next() < oldest) {
                at.remove();
            }
        }
    }

    private void copyAll(String current) throws IOException {
        long started = System.nanoTime();
        long from = changes.lastId();
        writer.deleteAll();
        long copied = 0;
        long after = 0;
        while (true) {
            List<Row> page = entries.page(after, COPY_PAGE);
            if (page.isEmpty()) {
                break;
            }
            List<Document> documents = new ArrayList<>(page.size());
            page.forEach(row -> documents.add(IndexedRecord.of(row)));
            writer.addDocuments(documents);
            copied += page.size();
            after = page.getLast().id();
        }
        generation = current;
        last = from;
        missing.clear();
        commit();
        searchers.maybeRefreshBlocking();
        log.info("Search index of this node copied from the database: {} records in {} ms", copied,
                (System.nanoTime() - started) / 1_000_000);
    }

    private void commit() throws IOException {
        writer.setLiveCommitData(Map.of(GENERATION, String.valueOf(generation), LAST, String.valueOf(last)).entrySet());
        writer.commit();
        committedAt = System.nanoTime();
        dirty = false;
    }

    @PreDestroy
    synchronized void close() throws IOException {
        if (dirty) {
            commit();
        }
        searchers.close();
        writer.close();
    }
}
