package org.rasd.server.data;

/** A request that cannot be served as asked: the message says which parameter and why (HTTP 400). */
public final class BadRequestException extends RuntimeException {
    public BadRequestException(String message) { super(message); }
}
