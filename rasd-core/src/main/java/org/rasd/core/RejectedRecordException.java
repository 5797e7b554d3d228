package org.rasd.core;

/** A record that the pipeline refuses, with a one-line reason (empty document, too long, binary ...). */
public final class RejectedRecordException extends Exception {
    private final String origin;

    public RejectedRecordException(String origin, String reason) {
        super(reason);
        this.origin = origin;
    }

    public String origin() { return origin; }

    public String reason() { return getMessage(); }
}
