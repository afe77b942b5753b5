package vn.gov.cchc.portal.search.internal;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.Term;
import org.apache.lucene.util.BytesRef;
import vn.gov.cchc.portal.search.internal.SearchChanges.Key;
import vn.gov.cchc.portal.search.internal.SearchEntries.Row;

/**
 * A row of the index table as a Lucene document: found by its folded words (its title's words again, to rank them
 * higher), kept apart by its key, grouped by its kind, and found only by readers sharing one of its terms
 * ({@link Readers}).
 */
final class IndexedRecord {

    static final String KEY = "key";
    static final String KIND = "kind";
    static final String RECORD = "record";
    static final String READERS = "readers";
    static final String WORDS = "words";
    static final String TITLE = "title";

    private IndexedRecord() {
    }

    static Document of(Row row) {
        Document document = new Document();
        document.add(new StringField(KEY, key(row.key()), Store.NO));
        document.add(new SortedDocValuesField(KIND, new BytesRef(row.key().kind().name())));
        document.add(new NumericDocValuesField(RECORD, row.key().recordId()));
        row.readers().forEach(reader -> document.add(new StringField(READERS, reader, Store.NO)));
        document.add(new TextField(WORDS, row.words(), Store.NO));
        document.add(new TextField(TITLE, Words.fold(row.title()), Store.NO));
        return document;
    }

    static Term keyTerm(Key key) {
        return new Term(KEY, key(key));
    }

    private static String key(Key key) {
        return key.kind().name() + ":" + key.recordId();
    }
}
