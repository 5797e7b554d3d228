package org.rasd.core.model;

/** A record that could not be read or extracted, with the reason. Nothing is dropped silently. */
public record Reject(String origin, String reason) {
    /** The one-line error message: {@code origin: reason}. */
    public String message() {
        return origin + ": " + reason;
    }
}
