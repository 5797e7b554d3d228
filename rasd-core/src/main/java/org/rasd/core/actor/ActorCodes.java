package org.rasd.core.actor;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The actor code vocabulary: ISO 3166 alpha-3 countries (from the JDK) and CAMEO-style sectors.
 * A code is a country followed by zero or more sectors (MAR, MARMIL, USALEG) or an international
 * organisation code starting with IGO (IGOUNO, IGOAFR).
 */
public final class ActorCodes {
    /** Sectors accepted in lexicon files (CAMEO/PETRARCH role codes). */
    public static final Set<String> SECTORS = Set.of("GOV", "MIL", "LEG", "JUD", "PTY", "OPP", "REB", "INS", "IGO",
            "NGO", "MED", "BUS", "CVL", "EDU", "REL", "SPY", "COP", "UAF", "ELI", "LAB", "HLH", "REF", "ENV", "AGR");

    private static final Set<String> COUNTRIES = countries();

    private ActorCodes() {}

    private static Set<String> countries() {
        Set<String> s = new TreeSet<>();
        for (String cc : Locale.getISOCountries()) s.add(new Locale("", cc).getISO3Country());
        s.add("XKX"); // Kosovo (user-assigned, as in most event data)
        return Set.copyOf(s);
    }

    public static boolean isCountry(String code) { return code != null && COUNTRIES.contains(code); }

    public static boolean isSector(String s) { return s != null && SECTORS.contains(s); }

    /** The sectors of a state's own institutions (government, armed forces, police, courts, parliament, intelligence). */
    public static boolean isStateSector(String s) {
        return s != null && (s.equals("GOV") || s.equals("MIL") || s.equals("COP") || s.equals("JUD") || s.equals("LEG") || s.equals("SPY"));
    }

    public static Set<String> countries3() { return COUNTRIES; }

    /** A parsed code: country may be null (IGO codes), sector may be null (a bare country). */
    public record Parsed(String code, String country, String sector) {}

    /** Parses MARMIL, MAR, IGOUNO; returns null when the code is not valid. */
    public static Parsed parse(String code) {
        if (code == null || code.length() < 3 || code.length() % 3 != 0) return null;
        for (int i = 0; i < code.length(); i++) if (code.charAt(i) < 'A' || code.charAt(i) > 'Z') return null;
        String head = code.substring(0, 3);
        if (head.equals("IGO")) return new Parsed(code, null, "IGO");
        if (!isCountry(head)) return null;
        String sector = null;
        for (int i = 3; i < code.length(); i += 3) {
            String s = code.substring(i, i + 3);
            if (!isSector(s)) return null;
            if (sector == null) sector = s;
        }
        return new Parsed(code, head, sector);
    }

    /** country + sector, or country alone; null without a country. */
    public static String compose(String country, String sector) {
        if (country == null) return null;
        return sector == null ? country : country + sector;
    }
}
