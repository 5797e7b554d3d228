package org.rasd.core.actor;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.rasd.core.lexicon.LexiconException;
import org.rasd.core.lexicon.LexiconSource;
import org.rasd.core.text.ArabicNormalizer;

/**
 * The actor lexicons, loaded once and validated (every problem reported as {@code file:line: message}):
 * countries (all of the JDK's CLDR Arabic country names plus the curated file), places, organisations,
 * persons with dated roles, generic agents, person cues, organisation head nouns, in-article references
 * and the word lists used around names. Files are described in {@code docs/lexicon-format.md}.
 * Immutable after loading; thread-safe.
 */
public final class ActorLexicon {
    public static final String DIR = "actors/";
    /** Kinds of actor files; a user's extra file {@code actors/NAME.KIND.txt} is read as that kind. */
    public static final List<String> KINDS = List.of("countries", "places", "organizations", "persons", "agents",
            "person-cues", "org-heads", "references");
    public static final List<String> WORD_LISTS = List.of("first-names", "name-stops", "name-noise", "name-connectors", "ambiguous-names", "speech-verbs", "org-name-stops", "ambiguous-orgs", "demonstratives", "nasab-connectors", "name-compounds", "regnal-ordinals", "led-by");

    private final PhraseIndex index = new PhraseIndex();
    private final Map<String, ActorEntry> countries = new LinkedHashMap<>();
    private final Map<String, ActorEntry> entities = new HashMap<>();
    private final Set<String> kingdoms = new HashSet<>();
    private final Map<String, Set<String>> words = new HashMap<>();
    private final Map<String, List<ActorEntry>> personsByKey = new HashMap<>();
    private final List<String> problems = new ArrayList<>();
    private final Map<String, String> phraseOwner = new HashMap<>();

    private ActorLexicon() {}

    /** Loads and validates; throws {@link LexiconException} listing every problem. */
    public static ActorLexicon load(LexiconSource src) {
        ActorLexicon lex = new ActorLexicon();
        lex.loadAll(src);
        if (!lex.problems.isEmpty()) throw new LexiconException(lex.problems);
        return lex;
    }

    private void loadAll(LexiconSource src) {
        Map<String, List<LexiconSource.Line>> byKind = new LinkedHashMap<>();
        for (String kind : KINDS) byKind.put(kind, new ArrayList<>(src.lines(DIR + kind + ".txt")));
        for (String w : WORD_LISTS) {
            Set<String> set = new HashSet<>();
            for (LexiconSource.Line l : src.lines(DIR + w + ".txt")) {
                for (String part : l.text().split("\\s+")) set.add(ArabicNormalizer.normalizeString(part));
            }
            words.put(w, set);
        }
        firstNames = words.get("first-names");
        // و / ف + a given name or a speech verb, precomputed so that the hot path allocates nothing
        words.put("first-names/conj", withConjunctions(firstNames, false));
        words.put("speech-verbs/all", withConjunctions(words.get("speech-verbs"), true));
        nameStops = words.get("name-stops");
        for (String f : src.userFiles("actors", ".txt")) {
            String base = f.substring(DIR.length(), f.length() - 4);
            if (KINDS.contains(base) || WORD_LISTS.contains(base)) continue; // merged above
            int dot = base.lastIndexOf('.');
            String kind = dot < 0 ? "" : base.substring(dot + 1);
            if (!KINDS.contains(kind)) {
                problems.add(f + ":1: unknown actor file kind '" + kind + "' (name extra files NAME.KIND.txt, KIND one of " + KINDS + ")");
                continue;
            }
            byKind.get(kind).addAll(src.lines(f));
        }
        loadCldrCountries();
        for (LexiconSource.Line l : byKind.get("countries")) countryLine(l);
        generateNisbas();
        for (LexiconSource.Line l : byKind.get("places")) placeLine(l);
        for (LexiconSource.Line l : byKind.get("organizations")) orgLine(l);
        for (LexiconSource.Line l : byKind.get("persons")) personLine(l);
        for (LexiconSource.Line l : byKind.get("agents")) agentLine(l);
        for (LexiconSource.Line l : byKind.get("person-cues")) cueLine(l);
        for (LexiconSource.Line l : byKind.get("org-heads")) orgHeadLine(l);
        for (LexiconSource.Line l : byKind.get("references")) referenceLine(l);
    }

    // ---- countries ------------------------------------------------------------------------------------

    private final Map<String, List<String>> curatedNisbas = new HashMap<>();
    private final Map<String, String> generatedNames = new HashMap<>();

    private void loadCldrCountries() {
        Locale ar = new Locale("ar");
        Map<String, String> nameCount = new HashMap<>();
        List<String[]> pending = new ArrayList<>();
        for (String cc : Locale.getISOCountries()) {
            Locale l = new Locale("", cc);
            String code = l.getISO3Country();
            String english = l.getDisplayCountry(Locale.ENGLISH);
            countries.put(code, new ActorEntry(code, "COUNTRY", english, code, code, null, List.of(), "cldr:" + cc));
            String arabic = l.getDisplayCountry(ar);
            for (String name : cldrVariants(arabic)) {
                pending.add(new String[] {code, name});
                nameCount.merge(PhraseIndex.keyOf(name).toString(), code, (a, b) -> a.equals(b) ? a : "*");
            }
        }
        for (String[] p : pending) {
            if ("*".equals(nameCount.get(PhraseIndex.keyOf(p[1]).toString()))) continue; // ambiguous CLDR name
            ActorEntry c = countries.get(p[0]);
            index.add(p[1], new LexEntry.Named(c, c.rule()));
            phraseOwner.put(PhraseIndex.keyOf(p[1]).toString(), p[0]);
            generatedNames.putIfAbsent(p[0], ArabicNormalizer.normalizeString(p[1]));
        }
        entities.putAll(countries);
    }

    /** "ميانمار (بورما)" → ميانمار بورما، ميانمار، بورما؛ "الكونغو - كينشاسا" → الكونغو كينشاسا. */
    static List<String> cldrVariants(String name) {
        List<String> out = new ArrayList<>();
        int p = name.indexOf('(');
        if (p > 0 && name.endsWith(")")) {
            out.add(name.substring(0, p).strip());
            String inner = name.substring(p + 1, name.length() - 1).strip();
            if (!inner.contains("منطقة")) out.add(inner);
        } else {
            out.add(name.replace(" - ", " ").strip());
        }
        return out;
    }

    private void countryLine(LexiconSource.Line l) {
        String[] f = fields(l, 2, 6);
        if (f == null) return;
        String code = f[0];
        ActorEntry c = countries.get(code);
        if (c == null) { problems.add(l.where() + ": unknown country code '" + code + "'"); return; }
        String rule = l.where();
        for (String name : list(f, 1)) addPhrase(l, name, new LexEntry.Named(c, rule), code);
        List<String> nisbas = list(f, 2);
        if (nisbas.contains("-")) curatedNisbas.put(code, List.of());
        else if (!nisbas.isEmpty()) {
            List<String> norm = new ArrayList<>();
            for (String n : nisbas) norm.add(stripArticle(ArabicNormalizer.normalizeString(n)));
            curatedNisbas.put(code, norm);
        }
        for (String pl : list(f, 3)) {
            String bare = stripArticle(ArabicNormalizer.normalizeString(pl));
            addPhrase(l, bare, new LexEntry.Nisba(code, rule), "nisba:" + code);
            addPhrase(l, "ال" + bare, new LexEntry.Nisba(code, rule), "nisba:" + code);
        }
        for (String cap : list(f, 4)) {
            ActorEntry city = new ActorEntry("capital:" + code, "CITY", cap, code + "GOV", code, "GOV", List.of(), rule);
            entities.putIfAbsent(city.id(), city);
            String key = PhraseIndex.keyOf(cap).toString();
            if (code.equals(phraseOwner.get(key))) continue; // الجزائر: the country name wins, the city is known
            addPhrase(l, cap, new LexEntry.Named(city, rule), code);
        }
        for (String tag : list(f, 5)) {
            if (tag.equals("kingdom")) kingdoms.add(code);
            else problems.add(l.where() + ": unknown country tag '" + tag + "' (known: kingdom)");
        }
    }

    private void generateNisbas() {
        Map<String, String> owner = new HashMap<>();
        Map<String, List<String>> forms = new HashMap<>();
        for (String code : countries.keySet()) {
            List<String> masc = curatedNisbas.get(code);
            if (masc == null) {
                String name = generatedNames.get(code);
                String m = name == null ? null : NisbaGenerator.masculine(name);
                masc = m == null ? List.of() : List.of(m);
            }
            List<String> all = new ArrayList<>();
            for (String m : masc) all.addAll(NisbaGenerator.forms(m));
            forms.put(code, all);
            for (String form : all) owner.merge(form, code, (a, b) -> a.equals(b) ? a : "*");
        }
        // checked: a form claimed by two countries, or equal to a country name, is left out
        for (Map.Entry<String, List<String>> e : forms.entrySet()) {
            for (String form : e.getValue()) {
                if ("*".equals(owner.get(form))) continue;
                String bare = new PhraseIndex.Key(form, false).toString(), withArticle = new PhraseIndex.Key(form, true).toString();
                if (phraseOwner.containsKey(bare) || phraseOwner.containsKey(withArticle)) continue;
                String rule = "nisba:" + e.getKey();
                index.add(form, new LexEntry.Nisba(e.getKey(), rule));
                index.add("ال" + form, new LexEntry.Nisba(e.getKey(), rule));
                phraseOwner.put(bare, rule);
                phraseOwner.put(withArticle, rule);
            }
        }
    }

    // ---- places, organisations, persons ----------------------------------------------------------------

    private void placeLine(LexiconSource.Line l) {
        String[] f = fields(l, 3, 3);
        if (f == null) return;
        String country = f[0].equals("-") ? null : f[0];
        if (country != null && !ActorCodes.isCountry(country)) { problems.add(l.where() + ": unknown country code '" + country + "'"); return; }
        String type = f[1];
        if (!type.equals("CITY") && !type.equals("REGION")) { problems.add(l.where() + ": place type must be CITY or REGION, not '" + type + "'"); return; }
        List<String> names = list(f, 2);
        if (names.isEmpty()) { problems.add(l.where() + ": no name"); return; }
        ActorEntry e = new ActorEntry(type.toLowerCase(Locale.ROOT) + ":" + ArabicNormalizer.normalizeString(names.get(0)), type,
                names.get(0), country, country, null, List.of(), l.where());
        entities.putIfAbsent(e.id(), e);
        for (String n : names) addPhrase(l, n, new LexEntry.Named(e, l.where()), e.id());
    }

    private void orgLine(LexiconSource.Line l) {
        String[] f = fields(l, 4, 4);
        if (f == null) return;
        String id = f[0], type = f[1], code = f[2];
        if (!type.equals("ORG") && !type.equals("IGO") && !type.equals("GROUP")) {
            problems.add(l.where() + ": organisation type must be ORG, IGO or GROUP, not '" + type + "'");
            return;
        }
        ActorCodes.Parsed p = ActorCodes.parse(code);
        if (p == null) { problems.add(l.where() + ": unknown actor code '" + code + "'"); return; }
        if (type.equals("IGO") != code.startsWith("IGO")) {
            problems.add(l.where() + ": an IGO's code starts with IGO and only an IGO's does ('" + code + "')");
            return;
        }
        ActorEntry e = new ActorEntry(id, type, id.replace('_', ' '), code, p.country(), p.sector(), List.of(), l.where());
        if (!register(l, e)) return;
        for (String n : list(f, 3)) addPhrase(l, n, new LexEntry.Named(e, l.where()), id);
    }

    private void personLine(LexiconSource.Line l) {
        String[] f = fields(l, 4, 4);
        if (f == null) return;
        String id = f[0], country = f[1];
        if (!ActorCodes.isCountry(country)) { problems.add(l.where() + ": unknown country code '" + country + "'"); return; }
        List<DatedRole> roles = new ArrayList<>();
        for (String r : list(f, 3)) {
            DatedRole role = role(l, r);
            if (role == null) return;
            roles.add(role);
        }
        for (int i = 0; i < roles.size(); i++)
            for (int j = i + 1; j < roles.size(); j++)
                if (roles.get(i).code().equals(roles.get(j).code()) && java.util.Objects.equals(roles.get(i).title(), roles.get(j).title())
                        && overlap(roles.get(i), roles.get(j))) {
                    problems.add(l.where() + ": overlapping roles with the same code and title " + roles.get(i).code());
                    return;
                }
        ActorEntry e = new ActorEntry(id, "PERSON", id.replace('_', ' '), country, country, null, roles, l.where());
        if (!register(l, e)) return;
        for (String n : list(f, 2)) {
            addPhrase(l, n, new LexEntry.Named(e, l.where()), id);
            personsByKey.computeIfAbsent(nameKey(n), k -> new ArrayList<>()).add(e);
        }
    }

    private static boolean overlap(DatedRole a, DatedRole b) {
        return (a.to() == null || b.from() == null || !b.from().isAfter(a.to()))
                && (b.to() == null || a.from() == null || !a.from().isAfter(b.to()));
    }

    /** {@code CODE FROM..TO [title]}: dates as yyyy, yyyy-mm or yyyy-mm-dd, either end may be empty. */
    private DatedRole role(LexiconSource.Line l, String text) {
        String[] parts = text.strip().split("\\s+", 3);
        if (parts.length < 2 || !parts[1].contains("..")) {
            problems.add(l.where() + ": role '" + text + "' should be CODE FROM..TO [title]");
            return null;
        }
        ActorCodes.Parsed p = ActorCodes.parse(parts[0]);
        if (p == null) { problems.add(l.where() + ": unknown actor code '" + parts[0] + "' in role"); return null; }
        String[] range = parts[1].split("\\.\\.", -1);
        LocalDate from, to;
        try {
            from = range[0].isEmpty() ? null : date(range[0], false);
            to = range[1].isEmpty() ? null : date(range[1], true);
        } catch (DateTimeParseException | NumberFormatException ex) {
            problems.add(l.where() + ": bad date in role '" + parts[1] + "' (use yyyy, yyyy-mm or yyyy-mm-dd)");
            return null;
        }
        if (from != null && to != null && to.isBefore(from)) {
            problems.add(l.where() + ": role ends before it starts: " + parts[1]);
            return null;
        }
        return new DatedRole(p.code(), p.country(), p.sector(), from, to, parts.length > 2 ? parts[2] : null);
    }

    private static LocalDate date(String s, boolean end) {
        if (s.matches("\\d{4}")) {
            int y = Integer.parseInt(s);
            return end ? LocalDate.of(y, 12, 31) : LocalDate.of(y, 1, 1);
        }
        if (s.matches("\\d{4}-\\d{2}")) {
            LocalDate d = LocalDate.parse(s + "-01");
            return end ? d.withDayOfMonth(d.lengthOfMonth()) : d;
        }
        return LocalDate.parse(s);
    }

    // ---- agents, cues, heads, references ---------------------------------------------------------------

    private void agentLine(LexiconSource.Line l) {
        String[] f = fields(l, 3, 5);
        if (f == null) return;
        String sector = sector(l, f[1]);
        if (sector == null && !f[1].equals("-")) return;
        if (!f[2].equals("compose") && !f[2].equals("any") && !f[2].equals("body")) {
            problems.add(l.where() + ": agent mode must be compose, any or body, not '" + f[2] + "'");
            return;
        }
        String role = f.length > 3 && !f[3].isEmpty() && !f[3].equals("-") ? f[3] : null;
        boolean article = f.length > 4 && f[4].equals("article");
        if (f.length > 4 && !article && !f[4].equals("-")) { problems.add(l.where() + ": fifth field must be article or -, not '" + f[4] + "'"); return; }
        if (article && !ActorCodes.isStateSector(sector)) {
            problems.add(l.where() + ": only a state agent (GOV, MIL, COP, JUD, LEG, SPY) takes the article's country");
            return;
        }
        addPhrase(l, f[0], new LexEntry.Agent(f[0], sector, f[2], role, article, l.where()), "agent:" + f[0]);
    }

    private void cueLine(LexiconSource.Line l) {
        String[] f = fields(l, 3, 3);
        if (f == null) return;
        String sector = sector(l, f[1]);
        if (sector == null && !f[1].equals("-")) return;
        addPhrase(l, f[0], new LexEntry.Cue(f[0], sector, f[2], l.where()), "cue:" + f[0]);
    }

    private void orgHeadLine(LexiconSource.Line l) {
        String[] f = fields(l, 4, 6);
        if (f == null) return;
        String sector = sector(l, f[1]);
        if (sector == null && !f[1].equals("-")) return;
        if (!f[2].equals("ORG") && !f[2].equals("IGO") && !f[2].equals("GROUP")) { problems.add(l.where() + ": type must be ORG, IGO or GROUP"); return; }
        if (!f[3].equals("in") && !f[3].equals("out")) { problems.add(l.where() + ": fourth field must be in or out, not '" + f[3] + "'"); return; }
        String kind = f.length > 4 ? f[4] : "name";
        if (!kind.equals("name") && !kind.equals("description")) { problems.add(l.where() + ": fifth field must be name or description, not '" + kind + "'"); return; }
        boolean article = f.length > 5 && f[5].equals("article");
        if (f.length > 5 && !article) { problems.add(l.where() + ": sixth field must be article, not '" + f[5] + "'"); return; }
        if (article && !ActorCodes.isStateSector(sector)) { problems.add(l.where() + ": only a head of state bodies takes the article's country"); return; }
        addPhrase(l, f[0], new LexEntry.OrgHead(f[0], sector, f[2], f[3].equals("in"), kind.equals("description"), article, l.where()), "head:" + f[0]);
    }

    private void referenceLine(LexiconSource.Line l) {
        String[] f = fields(l, 2, 2);
        if (f == null) return;
        String kind = f[1];
        if (!kind.equals("kingdom") && !kind.equals("two-countries") && !kind.equals("same-head") && !kind.startsWith("role:")) {
            problems.add(l.where() + ": reference kind must be kingdom, two-countries, same-head or role:ROLE, not '" + kind + "'");
            return;
        }
        addPhrase(l, f[0], new LexEntry.Reference(f[0], kind, l.where()), "ref:" + f[0]);
    }

    private String sector(LexiconSource.Line l, String s) {
        if (s.equals("-")) return null;
        if (!ActorCodes.isSector(s)) { problems.add(l.where() + ": unknown sector '" + s + "'"); return null; }
        return s;
    }

    // ---- helpers ---------------------------------------------------------------------------------------

    private boolean register(LexiconSource.Line l, ActorEntry e) {
        ActorEntry old = entities.putIfAbsent(e.id(), e);
        if (old != null) {
            problems.add(l.where() + ": duplicate id '" + e.id() + "' (first defined at " + old.rule() + ")");
            return false;
        }
        return true;
    }

    /**
     * Adds a phrase. A phrase already given to another entity is a conflict (file:line error), except
     * between persons (namesakes exist); the same name twice for one entity is harmless; the same agent,
     * cue, head or reference phrase twice is a duplicate.
     */
    private void addPhrase(LexiconSource.Line l, String phrase, LexEntry entry, String owner) {
        PhraseIndex.Key k = PhraseIndex.keyOf(phrase);
        if (k == null) { problems.add(l.where() + ": empty name"); return; }
        String key = k.toString();
        String prev = phraseOwner.get(key);
        if (prev != null) {
            if (prev.equals(owner)) {
                if (!(entry instanceof LexEntry.Named)) problems.add(l.where() + ": duplicate entry '" + phrase + "'");
                return;
            }
            ActorEntry p = entities.get(prev);
            boolean namesakes = p != null && p.type().equals("PERSON") && entry instanceof LexEntry.Named n
                    && n.actor().type().equals("PERSON");
            if (!namesakes) {
                problems.add(l.where() + ": '" + phrase + "' is already defined for " + prev
                        + (p != null ? " (" + p.rule() + ")" : ""));
                return;
            }
        }
        phraseOwner.putIfAbsent(key, owner);
        index.add(phrase, entry);
    }

    private String[] fields(LexiconSource.Line l, int min, int max) {
        String[] f = l.text().split("\\|", -1);
        for (int i = 0; i < f.length; i++) f[i] = f[i].strip();
        if (f.length < min || f.length > max) {
            problems.add(l.where() + ": expected " + (min == max ? min : min + " to " + max) + " fields separated by '|', found " + f.length);
            return null;
        }
        if (f[0].isEmpty()) { problems.add(l.where() + ": first field is empty"); return null; }
        return f;
    }

    private static List<String> list(String[] f, int i) {
        if (i >= f.length || f[i].isBlank()) return List.of();
        List<String> out = new ArrayList<>();
        for (String s : f[i].split(";")) if (!s.isBlank()) out.add(s.strip());
        return out;
    }

    private static String stripArticle(String w) { return w.startsWith("ال") && w.length() > 4 ? w.substring(2) : w; }

    /** Key of a person's name for variant matching: the variant keys of its words, space-joined. */
    public static String nameKey(String name) {
        StringBuilder sb = new StringBuilder();
        for (String w : ArabicNormalizer.normalizeString(name).split("\\s+")) {
            if (w.isEmpty()) continue;
            if (sb.length() > 0) sb.append(' ');
            sb.append(NameVariantKey.of(w));
        }
        return sb.toString();
    }

    // ---- queries ---------------------------------------------------------------------------------------

    public PhraseIndex index() { return index; }

    /** The country entity for an ISO alpha-3 code, or null. */
    public ActorEntry country(String code) { return countries.get(code); }

    public ActorEntry entity(String id) { return entities.get(id); }

    public boolean isKingdom(String country) { return kingdoms.contains(country); }

    /** A word list (first-names, name-stops, name-noise, ambiguous-names) of normalised words. */
    public boolean inList(String list, String normalizedWord) {
        return words(list).contains(normalizedWord);
    }

    /**
     * The normalised words of a list (see {@link #inList}), unmodifiable: a caller that tests many words
     * resolves the list once.
     */
    public Set<String> wordSet(String list) { return java.util.Collections.unmodifiableSet(words(list)); }

    private Set<String> words(String list) {
        Set<String> set = switch (list) {
            case "first-names" -> firstNames;
            case "name-stops" -> nameStops;
            default -> words.get(list);
        };
        if (set == null) throw new IllegalArgumentException("no word list '" + list + "'");
        return set;
    }

    private Set<String> firstNames, nameStops;

    private static Set<String> withConjunctions(Set<String> base, boolean keepBase) {
        Set<String> out = new HashSet<>();
        for (String w : base) {
            if (keepBase) out.add(w);
            out.add("و" + w);
            out.add("ف" + w);
        }
        return out;
    }

    public int wordListSize(String list) { return words.get(list).size(); }

    /** Lexicon persons whose full name has this variant key (see {@link #nameKey}). */
    public List<ActorEntry> personsByNameKey(String key) { return personsByKey.getOrDefault(key, List.of()); }

    /** Variant keys of lexicon person names, split into words, by number of words (for edit-distance matching). */
    public List<List<String>> personNameKeys(int words) {
        if (splitKeys == null) {
            synchronized (this) {
                if (splitKeys == null) {
                    Map<Integer, List<List<String>>> m = new HashMap<>();
                    for (String k : personsByKey.keySet()) {
                        List<String> w = List.of(k.split(" "));
                        m.computeIfAbsent(w.size(), x -> new ArrayList<>()).add(w);
                    }
                    splitKeys = m;
                }
            }
        }
        return splitKeys.getOrDefault(words, List.of());
    }

    private volatile Map<Integer, List<List<String>>> splitKeys;

    /**
     * The first lexicon person name of {@code keys.size()} words, in the order of {@link #personNameKeys}, that is
     * a variant of these word keys (see {@link ArticlePersons#sameName}), or null.
     */
    public List<String> personNameVariant(List<String> keys) {
        Map<Integer, PersonNameVariants> v = variants;
        if (v == null) {
            synchronized (this) {
                if (variants == null) {
                    Map<Integer, PersonNameVariants> m = new HashMap<>();
                    personNameKeys(1);
                    for (Map.Entry<Integer, List<List<String>>> e : splitKeys.entrySet()) m.put(e.getKey(), new PersonNameVariants(e.getValue()));
                    variants = m;
                }
                v = variants;
            }
        }
        PersonNameVariants p = v.get(keys.size());
        return p == null ? null : p.firstVariant(keys);
    }

    private volatile Map<Integer, PersonNameVariants> variants;

    /** The country of a place name (country, capital, city), or null when the phrase is not a known place. */
    public String placeCountry(String phrase) {
        for (LexEntry e : index.lookup(phrase)) if (e instanceof LexEntry.Named n && n.actor().isPlace()) return n.actor().country();
        return null;
    }

    /** The country of a nisba form (المغربي → MAR), or null. */
    public String countryOfNisba(String word) {
        for (LexEntry e : index.lookup(word)) if (e instanceof LexEntry.Nisba n) return n.country();
        return null;
    }

    /** Number of entities by type (for reports and tests). */
    public Map<String, Integer> counts() {
        Map<String, Integer> m = new java.util.TreeMap<>();
        for (ActorEntry e : entities.values()) m.merge(e.type(), 1, Integer::sum);
        return m;
    }
}
