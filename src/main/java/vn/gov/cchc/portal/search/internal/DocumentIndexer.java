package vn.gov.cchc.portal.search.internal;

import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.gov.cchc.portal.common.FileContent;
import vn.gov.cchc.portal.search.SearchKind;
import vn.gov.cchc.portal.search.internal.SearchChanges.Key;

/**
 * Keeps the documents of a record (a session's, an inspection's, a task's evidence) findable by their name and text:
 * a new file's text is read once (a file never changes under its id), a file whose record gained or lost readers
 * keeps its words, a removed file is forgotten.
 */
@Component
class DocumentIndexer {

    private final SearchEntries entries;
    private final DocumentText text;

    DocumentIndexer(SearchEntries entries, DocumentText text) {
        this.entries = entries;
        this.text = text;
    }

    void index(SearchKind kind, long parentId, List<Document> documents, Readers readers, LongFunction<FileContent> content) {
        Map<Long, String> indexed = entries.partsOf(kind, parentId);
        for (Document document : documents) {
            String stored = indexed.remove(document.id());
            Readers these = document.readers() == null ? readers : document.readers();
            if (stored == null) {
                String words = text.of(content.apply(document.id()));
                entries.put(List.of(SearchEntry.of(kind, document.id(), parentId, these, document.fileName(),
                        words.isEmpty() ? null : words)));
            } else if (!stored.equals(these.toString())) {
                entries.updateReaders(new Key(kind, document.id()), these);
            }
        }
        indexed.keySet().forEach(gone -> entries.remove(new Key(kind, gone)));
    }

    /** A document of the record; its own readers where they differ from the record's. */
    record Document(long id, String fileName, @Nullable Readers readers) {

        Document(long id, String fileName) {
            this(id, fileName, null);
        }
    }
}
