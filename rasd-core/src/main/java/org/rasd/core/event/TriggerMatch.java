package org.rasd.core.event;

/**
 * A trigger found in a sentence: tokens [first, last], the entry, the form it matched as, and the clitics
 * seen on its first token (a future سـ, an article ال).
 */
public record TriggerMatch(TriggerEntry entry, int first, int last, VerbForm form, String proclitics, String enclitic, String matched) {
    public boolean isVerb() { return form != VerbForm.NOUN; }

    public boolean futureClitic() { return isVerb() && proclitics.endsWith("س"); }

    public boolean hasArticle() { return proclitics.endsWith("ال") || proclitics.endsWith("لل"); }
}
