package org.rasd.core.actor;

import org.rasd.core.model.Mention;

/**
 * A mention with what the event coder needs beyond {@link Mention}: the tokens it covers in its sentence
 * ({@code firstToken} inclusive, {@code endToken} exclusive) and the person's or agent's role title
 * (president, diplomat, analyst...) when known.
 */
public record ActorMention(Mention mention, int firstToken, int endToken, String role) {
    public int sentence() { return mention.sentence(); }

    public int start() { return mention.start(); }

    public int end() { return mention.end(); }

    public String type() { return mention.type(); }

    public boolean isPlace() {
        String t = mention.type();
        return t.equals("COUNTRY") || t.equals("CITY") || t.equals("REGION");
    }
}
