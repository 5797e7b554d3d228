package org.rasd.core.text;

/**
 * One way of reading a token as proclitics + stem + enclitic, all normalised
 * (e.g. والولايات → "وال" + "ولايات" + ""). The unsegmented reading has empty clitics.
 * {@code stemStart} and {@code stemEnd} are offsets into the token's normalised form.
 */
public record Segmentation(String proclitics, String stem, String enclitic) {
    public int stemStart() { return proclitics.length(); }

    public int stemEnd() { return proclitics.length() + stem.length(); }

    public boolean isWhole() { return proclitics.isEmpty() && enclitic.isEmpty(); }

    /** True when the proclitics include the article ال (or لل = ل + ال). */
    public boolean hasArticle() { return proclitics.endsWith("ال") || proclitics.endsWith("لل"); }
}
