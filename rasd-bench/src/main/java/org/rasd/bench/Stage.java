package org.rasd.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.rasd.core.Extractor;
import org.rasd.core.RejectedRecordException;
import org.rasd.core.model.Document;
import org.rasd.core.model.RawRecord;

/** One stage measured on every record; thread-safe. {@link #process} returns what it counted (tokens, sentences). */
public sealed interface Stage {
    String name();

    long process(RawRecord r);

    /** The floor: Lucene's ArabicAnalyzer (normalisation, stop words, light stemming) tokenising the same text. */
    record LuceneFloor(ArabicAnalyzer analyzer) implements Stage {
        public LuceneFloor() { this(new ArabicAnalyzer()); }

        @Override
        public String name() { return "floor: Lucene ArabicAnalyzer"; }

        @Override
        public long process(RawRecord r) {
            long n = 0;
            try (TokenStream ts = analyzer.tokenStream("body", BenchInput.text(r))) {
                ts.reset();
                while (ts.incrementToken()) n++;
                ts.end();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return n;
        }
    }

    /** Rasd's text stage: cleaning with quality flags, normalisation, sentences, tokens. Counts sentences. */
    record TextStage(Extractor extractor) implements Stage {
        @Override
        public String name() { return "Rasd text stage"; }

        @Override
        public long process(RawRecord r) {
            try {
                return extractor.analyze(r).sentences().size();
            } catch (RejectedRecordException e) {
                return 0;
            }
        }
    }

    /** The whole pipeline: text stage, actors, events, the output document. Counts sentences. */
    record FullExtraction(Extractor extractor) implements Stage {
        @Override
        public String name() { return "Rasd full extraction"; }

        @Override
        public long process(RawRecord r) {
            try {
                Document d = extractor.extract(r);
                return d.sentences().size();
            } catch (RejectedRecordException e) {
                return 0;
            }
        }
    }
}
