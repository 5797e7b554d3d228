package org.rasd.core.text;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * SHA-256 of a text's UTF-8 encoding, fed to the digest in small chunks instead of through the whole
 * {@code String.getBytes(UTF_8)} array (the text stage hashes every article). The encoding is exactly
 * {@code getBytes}'s, including its replacement of an unpaired surrogate by {@code '?'}. One digest and
 * buffer per thread.
 */
final class Utf8Sha256 {
    private static final ThreadLocal<Utf8Sha256> PER_THREAD = ThreadLocal.withInitial(Utf8Sha256::new);
    private final MessageDigest md;
    private final byte[] buf = new byte[8192];

    private Utf8Sha256() {
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The 32-byte SHA-256 digest of {@code chars[0, len)} encoded as UTF-8. */
    static byte[] digest(char[] chars, int len) {
        return PER_THREAD.get().run(chars, len);
    }

    /** Characters encoded per chunk: at most three bytes each (four for a pair, which is two characters), plus one pair that crosses the end. */
    private static final int CHUNK = (8192 - 4) / 3;

    private byte[] run(char[] cs, int len) {
        byte[] b = buf;
        int i = 0;
        while (i < len) {
            int end = Math.min(len, i + CHUNK);
            int n = 0;
            // no room test per character: a chunk's encoding always fits the buffer
            for (; i < end; i++) {
                char c = cs[i];
                if (c < 0x80) {
                    b[n++] = (byte) c;
                } else if (c < 0x800) {
                    b[n++] = (byte) (0xC0 | (c >> 6));
                    b[n++] = (byte) (0x80 | (c & 0x3F));
                } else if (Character.isSurrogate(c)) {
                    if (Character.isHighSurrogate(c) && i + 1 < len && Character.isLowSurrogate(cs[i + 1])) {
                        int cp = Character.toCodePoint(c, cs[++i]);
                        b[n++] = (byte) (0xF0 | (cp >> 18));
                        b[n++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                        b[n++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                        b[n++] = (byte) (0x80 | (cp & 0x3F));
                    } else {
                        b[n++] = '?';
                    }
                } else {
                    b[n++] = (byte) (0xE0 | (c >> 12));
                    b[n++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                    b[n++] = (byte) (0x80 | (c & 0x3F));
                }
            }
            md.update(b, 0, n);
        }
        return md.digest(); // also resets the digest for the next text
    }
}
