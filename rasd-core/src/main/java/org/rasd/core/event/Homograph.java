package org.rasd.core.event;

/**
 * Rejects a trigger written like another word that the news almost always means instead (هنا/هناك — here, there —
 * not the verb هنأ; a word of {@code events/homographs.txt}, with its next-word conditions): tried first.
 */
record Homograph(Homographs homographs) implements Rejection {
    @Override
    public String reason(RuleContext c) {
        Homographs.Entry h = homographs.at(c.view(), c.match().first());
        return h == null ? null : "another word written the same ('" + h.written() + "', " + h.where() + "), not a trigger";
    }
}
