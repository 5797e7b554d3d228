package org.rasd.core.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Decodes UTF-8 strictly: invalid bytes are an error naming their byte offset, never replaced silently. */
public final class StrictUtf8 {
    private StrictUtf8() {}

    /**
     * @param base byte offset of {@code bytes[from]} in the file, for the message
     */
    public static String decode(byte[] bytes, int from, int len, long base) throws InputException {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, from, len);
        CharBuffer out = CharBuffer.allocate(len + 1);
        CoderResult r = d.decode(in, out, true);
        if (r.isError()) {
            long at = base + (in.position() - from);
            throw new InputException(String.format("invalid UTF-8 at byte offset %d (byte 0x%02X)", at, bytes[in.position()] & 0xFF));
        }
        r = d.flush(out);
        out.flip();
        String s = out.toString();
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    public static String decode(byte[] bytes) throws InputException {
        return decode(bytes, 0, bytes.length, 0);
    }

    /** True when the bytes look binary: a NUL byte in the first 8 KB. */
    public static boolean looksBinary(byte[] bytes, int len) {
        int n = Math.min(len, 8192);
        for (int i = 0; i < n; i++) if (bytes[i] == 0) return true;
        return false;
    }
}
