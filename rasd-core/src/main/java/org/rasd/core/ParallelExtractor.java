package org.rasd.core;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.rasd.core.io.RecordSink;
import org.rasd.core.model.Document;
import org.rasd.core.model.RawRecord;
import org.rasd.core.model.Reject;

/**
 * Extracts records on several threads and delivers documents and rejects in input order. Feed it as a
 * {@link RecordSink} (the readers push records into it); results reach the {@link Output} batch by batch,
 * on the calling thread. A record that fails unexpectedly becomes a reject with the error, never a lost record.
 */
public final class ParallelExtractor implements RecordSink, AutoCloseable {
    /** Receives results in input order. */
    public interface Output {
        void document(Document d);

        void reject(Reject r);
    }

    private final Extractor extractor;
    private final Output out;
    private final ExecutorService pool;
    private final int threads;
    private final int batchSize;
    private final List<Object> batch;
    private long read, extracted, rejected, chars, sentences;

    public ParallelExtractor(Extractor extractor, int threads, int batchSize, Output out) {
        this.extractor = extractor;
        this.out = out;
        this.threads = Math.max(1, threads);
        this.batchSize = Math.max(1, batchSize);
        this.batch = new ArrayList<>(batchSize);
        AtomicInteger n = new AtomicInteger();
        this.pool = this.threads == 1 ? null : Executors.newFixedThreadPool(this.threads, r -> {
            Thread t = new Thread(r, "rasd-extract-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public void accept(RawRecord record) {
        batch.add(record);
        if (batch.size() >= batchSize) flush();
    }

    @Override
    public void reject(Reject reject) {
        batch.add(reject);
        if (batch.size() >= batchSize) flush();
    }

    /** Processes what is buffered and delivers it. */
    public void flush() {
        if (batch.isEmpty()) return;
        List<Object> items = new ArrayList<>(batch);
        batch.clear();
        Object[] results = new Object[items.size()];
        if (pool == null) {
            for (int i = 0; i < items.size(); i++) results[i] = process(items.get(i));
        } else {
            int chunks = Math.min(threads * 4, items.size());
            List<Future<?>> fs = new ArrayList<>(chunks);
            for (int c = 0; c < chunks; c++) {
                final int from = c * items.size() / chunks, to = (c + 1) * items.size() / chunks;
                fs.add(pool.submit(() -> {
                    for (int i = from; i < to; i++) results[i] = process(items.get(i));
                }));
            }
            for (Future<?> f : fs) {
                try {
                    f.get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted", e);
                } catch (ExecutionException e) {
                    throw new IllegalStateException(e.getCause());
                }
            }
        }
        for (Object r : results) {
            read++;
            if (r instanceof Document d) {
                extracted++;
                chars += d.text().length();
                sentences += d.sentences().size();
                out.document(d);
            } else {
                rejected++;
                out.reject((Reject) r);
            }
        }
    }

    private Object process(Object item) {
        if (item instanceof Reject r) return r;
        RawRecord rec = (RawRecord) item;
        try {
            return extractor.extract(rec);
        } catch (RejectedRecordException e) {
            return new Reject(rec.origin(), e.reason());
        } catch (RuntimeException | StackOverflowError e) {
            StackTraceElement[] st = e.getStackTrace();
            return new Reject(rec.origin(), "internal error while extracting: " + e + (st.length > 0 ? " at " + st[0] : ""));
        }
    }

    public long read() { return read; }

    public long extracted() { return extracted; }

    public long rejected() { return rejected; }

    /** Characters of text extracted. */
    public long chars() { return chars; }

    public long sentences() { return sentences; }

    @Override
    public void close() {
        flush();
        if (pool != null) pool.shutdownNow();
    }
}
