package org.rasd.store;

/** One search result: the article and a highlighted passage. */
public record SearchHit(String articleId, String title, String source, String date, float score, Snippet snippet) {}
