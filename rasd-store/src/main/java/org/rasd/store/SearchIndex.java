package org.rasd.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.QueryBuilder;

/**
 * The Lucene full-text index of articles, beside the DuckDB file. Derived data: {@link Store#reindex()} rebuilds it.
 * Fields: {@code id}; {@code text} (title and body, {@link ArabicSearchAnalyzer}); {@code actor} (every actor code and
 * country in the article's mentions and events); {@code event} (event categories); {@code date} (yyyy-MM-dd).
 * Thread-safe: one writer, searches through a {@link SearcherManager}.
 */
final class SearchIndex implements AutoCloseable {
    static final String ID = "id", TEXT = "text", ACTOR = "actor", EVENT = "event", DATE = "date";
    /** Words with frequencies, no positions: queries are sets of required words (with synonyms), not phrases. */
    private static final org.apache.lucene.document.FieldType TEXT_TYPE = new org.apache.lucene.document.FieldType(TextField.TYPE_NOT_STORED);

    static {
        TEXT_TYPE.setIndexOptions(org.apache.lucene.index.IndexOptions.DOCS_AND_FREQS);
        TEXT_TYPE.freeze();
    }

    /** What the index holds of one article. */
    record Entry(String id, String title, String text, String date, Collection<String> actors, Collection<String> events) {}

    /** One hit: article id and score. */
    record Hit(String id, float score) {}

    record Result(long total, List<Hit> hits) {}

    private final ArabicSearchAnalyzer analyzer = new ArabicSearchAnalyzer();
    private final FSDirectory dir;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    static final long COMMIT_INTERVAL_NANOS = 10_000_000_000L;
    static final long REFRESH_INTERVAL_NANOS = 2_000_000_000L;
    private long lastCommit = System.nanoTime(), lastRefresh = System.nanoTime();

    private SearchIndex(FSDirectory dir, IndexWriter writer, SearcherManager searchers) {
        this.dir = dir;
        this.writer = writer;
        this.searchers = searchers;
    }

    /** Opens (creating if needed) for writing, or for reading only (null writer; an absent index reads as empty). */
    static SearchIndex open(Path path, boolean readOnly) {
        try {
            if (readOnly) {
                if (!Files.isDirectory(path) || !DirectoryReader.indexExists(FSDirectory.open(path))) return new SearchIndex(null, null, null);
                FSDirectory d = FSDirectory.open(path);
                return new SearchIndex(d, null, new SearcherManager(d, null));
            }
            Files.createDirectories(path);
            FSDirectory d = FSDirectory.open(path);
            IndexWriterConfig cfg = new IndexWriterConfig(new ArabicSearchAnalyzer()).setRAMBufferSizeMB(64);
            IndexWriter w = new IndexWriter(d, cfg);
            w.commit();
            return new SearchIndex(d, w, new SearcherManager(w, null));
        } catch (IOException e) {
            throw new StoreException("cannot open the search index " + path + ": " + e.getMessage(), e);
        }
    }

    ArabicSearchAnalyzer analyzer() { return analyzer; }

    /**
     * Adds or replaces articles (by id); they become searchable within {@link #REFRESH_INTERVAL_NANOS} (near-real-time
     * reopen, each of which costs a small segment) and go to disk at most every {@link #COMMIT_INTERVAL_NANOS} (and on
     * {@link #commit()} and close). A crash may lose uncommitted entries:
     * the store notices on open (the index holds fewer articles than the database) and rebuilds the index.
     */
    void put(List<Entry> entries) {
        try {
            for (Entry e : entries) writer.updateDocument(new Term(ID, e.id()), toLucene(e));
            long now = System.nanoTime();
            if (now - lastCommit > COMMIT_INTERVAL_NANOS) {
                commit();
            } else if (now - lastRefresh > REFRESH_INTERVAL_NANOS) {
                lastRefresh = now;
                searchers.maybeRefreshBlocking();
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    void deleteAll() {
        try {
            writer.deleteAll();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void addWithoutCommit(Entry e) {
        try {
            writer.updateDocument(new Term(ID, e.id()), toLucene(e));
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    void commit() {
        try {
            lastCommit = lastRefresh = System.nanoTime();
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    long size() {
        if (searchers == null) return 0;
        try {
            IndexSearcher s = searchers.acquire();
            try {
                return s.getIndexReader().numDocs();
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Document toLucene(Entry e) {
        Document d = new Document();
        d.add(new StringField(ID, e.id(), Field.Store.YES));
        d.add(new Field(TEXT, (e.title() == null ? "" : e.title() + "\n") + e.text(), TEXT_TYPE));
        for (String a : e.actors()) d.add(new StringField(ACTOR, a, Field.Store.NO));
        for (String ev : e.events()) d.add(new StringField(EVENT, ev, Field.Store.NO));
        if (e.date() != null) d.add(new StringField(DATE, e.date(), Field.Store.NO));
        return d;
    }

    /** The Lucene query for a search: the words (all required, clitic stems as synonyms) and the filters. */
    Query query(SearchQuery q) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        boolean any = false;
        if (q.text() != null && !q.text().isBlank()) {
            Query t = new QueryBuilder(analyzer).createBooleanQuery(TEXT, q.text(), Occur.MUST);
            if (t == null) throw new IllegalArgumentException("the search text has no words: " + q.text());
            b.add(t, Occur.MUST);
            any = true;
        }
        if (q.actor() != null) { b.add(new PrefixQuery(new Term(ACTOR, q.actor())), Occur.FILTER); any = true; }
        if (q.event() != null) { b.add(new org.apache.lucene.search.TermQuery(new Term(EVENT, q.event())), Occur.FILTER); any = true; }
        if (q.from() != null || q.to() != null) {
            b.add(TermRangeQuery.newStringRange(DATE, q.from() == null ? null : q.from().toString(),
                    q.to() == null ? null : q.to().toString(), true, true), Occur.FILTER);
            any = true;
        }
        if (!any) b.add(new MatchAllDocsQuery(), Occur.MUST);
        return b.build();
    }

    Result search(SearchQuery q, int offset, int limit) {
        if (searchers == null) return new Result(0, List.of());
        try {
            IndexSearcher s = searchers.acquire();
            try {
                TopDocs top = s.search(query(q), Math.max(1, offset + limit));
                List<Hit> hits = new ArrayList<>();
                for (int i = offset; i < top.scoreDocs.length; i++) {
                    ScoreDoc sd = top.scoreDocs[i];
                    hits.add(new Hit(s.storedFields().document(sd.doc).get(ID), sd.score));
                }
                return new Result(top.totalHits.value, hits);
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            if (searchers != null) searchers.close();
            if (writer != null) writer.close();
            if (dir != null) dir.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
