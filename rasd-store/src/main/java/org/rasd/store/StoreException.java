package org.rasd.store;

/** A store that cannot be opened, read or written, with the reason (the data directory and what went wrong). */
public class StoreException extends RuntimeException {
    public StoreException(String message) { super(message); }

    public StoreException(String message, Throwable cause) { super(message, cause); }
}
