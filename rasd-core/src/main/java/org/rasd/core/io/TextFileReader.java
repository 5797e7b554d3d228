package org.rasd.core.io;

import java.io.IOException;
import java.io.InputStream;
import org.rasd.core.model.RawRecord;
import org.rasd.core.model.Reject;

/** A plain text file is one article; the first non-empty line is its title (found by the text stage). */
public final class TextFileReader implements RecordReader {
    private final long maxBytes;

    public TextFileReader(long maxBytes) { this.maxBytes = maxBytes; }

    @Override
    public void read(String origin, InputStream in, RecordSink sink) throws IOException {
        byte[] b = Bytes.readAtMost(in, maxBytes);
        if (b == null) { sink.reject(new Reject(origin, "document too long: more than " + maxBytes + " bytes")); return; }
        if (StrictUtf8.looksBinary(b, b.length)) { sink.reject(new Reject(origin, "binary file: NUL byte in the first 8 KB")); return; }
        try {
            sink.accept(RawRecord.ofText(origin, StrictUtf8.decode(b)));
        } catch (InputException e) {
            sink.reject(new Reject(origin, e.getMessage()));
        }
    }
}
