package org.rasd.core.text;

/**
 * Converts UTF-16 offsets into a text to Unicode code point offsets, as the output promises.
 * Free when the text has no characters outside the Basic Multilingual Plane (almost all Arabic news).
 */
public final class CodePointOffsets {
    private final int[] prefix; // null when identity

    public CodePointOffsets(String text) {
        boolean surrogates = false;
        char[] cs = text.toCharArray(); // one bulk copy: String.charAt checks bounds and decodes UTF-16 bytes on every call
        for (int i = 0; i < cs.length && !surrogates; i++) surrogates = Character.isSurrogate(cs[i]);
        if (!surrogates) {
            prefix = null;
            return;
        }
        prefix = new int[text.length() + 1];
        int cp = 0;
        for (int i = 0; i < text.length(); i++) {
            prefix[i] = cp;
            if (!(Character.isLowSurrogate(text.charAt(i)) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1)))) cp++;
        }
        prefix[text.length()] = cp;
    }

    public boolean identity() { return prefix == null; }

    public int convert(int utf16) { return prefix == null ? utf16 : prefix[utf16]; }
}
