package org.rasd.store;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/** The analysis of article text for search: Unicode word tokens, then {@link CliticStemFilter}. Used to index and to query. */
public final class ArabicSearchAnalyzer extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String field) {
        StandardTokenizer tokenizer = new StandardTokenizer();
        TokenStream s = new CliticStemFilter(tokenizer);
        return new TokenStreamComponents(tokenizer, s);
    }
}
