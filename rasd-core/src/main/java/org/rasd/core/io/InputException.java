package org.rasd.core.io;

/** An input that cannot be read (a whole file or one record): the message is the reason, the origin says where. */
public final class InputException extends Exception {
    public InputException(String reason) { super(reason); }
}
