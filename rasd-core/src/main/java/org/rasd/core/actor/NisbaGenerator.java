package org.rasd.core.actor;

import java.util.ArrayList;
import java.util.List;

/**
 * Generates the demonym (nisba) forms of a one-word country name, on normalised text (ة is ه, ى is ي):
 * المغرب → مغربي، مغربيه، مغربيون، مغربيين؛ روسيا → روسي؛ فرنسا → فرنسي؛ السعوديه → سعودي. The inflections
 * cover the cases news uses for victims and parties: the indefinite accusative (جنديا باكستانيا), the dual
 * (جنديان أمريكيان، جنديين أمريكيين is the oblique plural form) and the feminine dual (دوريتين بريطانيتين).
 * Broken plurals (المغاربة) are irregular and given in the countries file. Each form is returned
 * without the article; the phrase index accepts it with or without ال.
 */
public final class NisbaGenerator {
    private NisbaGenerator() {}

    /** The masculine singular nisba of a normalised one-word name, or null when no rule applies. */
    public static String masculine(String name) {
        String base = name.startsWith("ال") && name.length() > 4 ? name.substring(2) : name;
        if (base.contains(" ") || base.length() < 3) return null;
        if (base.endsWith("يه")) return base.substring(0, base.length() - 1);       // السعوديه → سعودي
        if (base.endsWith("يا")) return base.substring(0, base.length() - 1);       // روسيا → روسي
        if (base.endsWith("ا") || base.endsWith("ه")) return base.substring(0, base.length() - 1) + "ي"; // فرنسا → فرنسي
        if (base.endsWith("ي")) return base;                                        // مالي → مالي
        return base + "ي";                                                          // المغرب → مغربي
    }

    /**
     * All inflected forms of a masculine nisba: masc., fem. (ه), sound plurals and oblique dual (ون، ين), fem. plural
     * (ات), indefinite accusative (ا: باكستانيا), dual (ان: أمريكيان), feminine dual (تان، تين: بريطانيتين).
     */
    public static List<String> forms(String masculine) {
        List<String> out = new ArrayList<>(9);
        out.add(masculine);
        out.add(masculine + "ه");
        out.add(masculine + "ون");
        out.add(masculine + "ين");
        out.add(masculine + "ات");
        out.add(masculine + "ا");
        out.add(masculine + "ان");
        out.add(masculine + "تان");
        out.add(masculine + "تين");
        return out;
    }
}
