package org.rasd.store;

import java.util.List;

/**
 * A stored event (one report of it, in one article) with its canonical event and the cross-article counts.
 *
 * @param actors     actor codes (sorted, distinct)
 * @param recipients recipient codes (sorted, distinct)
 * @param numMentions event rows of the canonical event (GDELT NumMentions)
 * @param numArticles distinct articles of the canonical event (GDELT NumArticles)
 * @param numSources  distinct sources of the canonical event (GDELT NumSources)
 */
public record EventRow(String id, String articleId, String canonicalId, String event, String cameo, String mode,
                       String modality, String date, List<String> actors, List<String> recipients, double goldstein,
                       int quadClass, String trigger, String gloss, String evidence, double confidence,
                       String source, String url, String title,
                       int numMentions, int numArticles, int numSources) {
    public EventRow {
        actors = List.copyOf(actors);
        recipients = List.copyOf(recipients);
    }
}
