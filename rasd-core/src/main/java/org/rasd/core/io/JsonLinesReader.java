package org.rasd.core.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import org.rasd.core.model.RawRecord;
import org.rasd.core.model.Reject;

/**
 * JSON Lines (one object a line), gzip-compressed or not (the caller unwraps gzip). Each line is decoded
 * strictly; a bad line is rejected with its line number and the rest of the file goes on.
 */
public final class JsonLinesReader implements RecordReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final JsonFields fields;
    private final long maxBytes;

    public JsonLinesReader(JsonFields fields, long maxBytes) {
        this.fields = fields;
        this.maxBytes = maxBytes;
    }

    @Override
    public void read(String origin, InputStream raw, RecordSink sink) throws IOException {
        InputStream in = raw instanceof BufferedInputStream ? raw : new BufferedInputStream(raw, 1 << 16);
        byte[] buf = new byte[1 << 16];
        int len = 0;
        long lineStartOffset = 0;
        int lineNo = 0;
        boolean tooLong = false;
        int c;
        while (true) {
            c = in.read();
            if (c == '\n' || c < 0) {
                if (c < 0 && len == 0 && !tooLong) break;
                lineNo++;
                String where = origin + ":" + lineNo;
                if (tooLong) sink.reject(new Reject(where, "record too long: more than " + maxBytes + " bytes"));
                else line(where, buf, len, lineStartOffset, sink);
                lineStartOffset += len + 1;
                len = 0;
                tooLong = false;
                if (c < 0) break;
                continue;
            }
            if (tooLong) { lineStartOffset++; continue; }
            if (len == buf.length) {
                if (buf.length >= maxBytes) { tooLong = true; lineStartOffset += len + 1; len = 0; continue; }
                buf = Arrays.copyOf(buf, (int) Math.min(maxBytes + 1, buf.length * 2L));
            }
            buf[len++] = (byte) c;
        }
    }

    private void line(String where, byte[] b, int len, long base, RecordSink sink) {
        while (len > 0 && (b[len - 1] == '\r' || b[len - 1] == ' ' || b[len - 1] == '\t')) len--;
        int start = 0;
        while (start < len && (b[start] == ' ' || b[start] == '\t')) start++;
        if (start == len) return; // blank line: nothing to read, nothing lost
        String s;
        try {
            s = StrictUtf8.decode(b, start, len - start, base + start);
        } catch (InputException e) {
            sink.reject(new Reject(where, e.getMessage()));
            return;
        }
        JsonNode n;
        try {
            n = JSON.readTree(s);
        } catch (JsonProcessingException e) {
            String msg = e.getOriginalMessage();
            sink.reject(new Reject(where, "invalid JSON: " + (msg == null ? "parse error" : msg.replaceAll("\\s+", " "))
                    + " at column " + e.getLocation().getColumnNr()));
            return;
        }
        if (!n.isObject()) { sink.reject(new Reject(where, "invalid JSON record: expected an object, found " + n.getNodeType().name().toLowerCase())); return; }
        String text = field(n, fields.text());
        if (text == null) {
            sink.reject(new Reject(where, "no text field (looked for " + String.join(", ", fields.text()) + ")"));
            return;
        }
        String id = field(n, fields.id());
        String origin = id == null ? where : where + "#" + id;
        sink.accept(new RawRecord(origin, id, field(n, fields.title()), text, field(n, fields.source()),
                field(n, fields.url()), field(n, fields.date()), field(n, fields.author())));
    }

    private static String field(JsonNode n, List<String> names) {
        for (String name : names) {
            JsonNode v = n.get(name);
            if (v != null && !v.isNull()) return v.isTextual() ? v.asText() : v.toString();
        }
        return null;
    }
}
