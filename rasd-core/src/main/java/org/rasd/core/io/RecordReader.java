package org.rasd.core.io;

import java.io.IOException;
import java.io.InputStream;

/** Reads one input (a file or a stream) into records; problems become rejects, never exceptions, except I/O failures. */
public interface RecordReader {
    void read(String origin, InputStream in, RecordSink sink) throws IOException;
}
