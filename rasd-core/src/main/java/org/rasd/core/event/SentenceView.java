package org.rasd.core.event;

import java.util.ArrayList;
import java.util.List;
import org.rasd.core.model.Mention;
import org.rasd.core.text.AnalyzedSentence;
import org.rasd.core.text.Segmentation;
import org.rasd.core.text.Token;

/**
 * A sentence prepared for coding: its tokens, each token's clitic stems (whole word first), and the actor
 * mentions placed on tokens, with the preposition that governs each mention and coordination groups
 * (المغرب والولايات المتحدة → one group). With the word classes of {@code events/classes.txt}, a place after a
 * direction word (شمال باكستان، قرب بعقوبة، في شمال العراق) stands as after في (where, not who), a place after a
 * place noun (في مدينة البصرة) takes the noun's preposition, a party after a partitive من (ثلاثة من الجنود، قوة من
 * الشرطة) takes its quantifier's, and برصاص / بنيران X names the agent of a casualty like من قبل.
 */
public final class SentenceView {
    private final AnalyzedSentence sentence;
    private final List<Token> tokens;
    private final String[][] stems;
    private final List<Segmentation>[] segs;
    private final PhraseSets classes;

    /** A mention on tokens [first, last], with its governing preposition ("" when bare) and its group. */
    public record Placed(Mention mention, int first, int last, String preposition, int group) {
        public boolean adjective() { return ADJECTIVE.equals(preposition); }
    }

    /** The pseudo-preposition of a mention that is a relational adjective of the noun before it. */
    public static final String ADJECTIVE = "adj";

    /** The pseudo-preposition of a place after a direction word (شمال باكستان): where the event took place. */
    public static final String LOCATIVE = "في";
    /** Word classes (events/classes.txt) that decide a mention's governing word. */
    static final String LOCATIVE_HEAD = "locative-head", PLACE_HEAD = "place-head", PARTITIVE_HEAD = "partitive-head", AGENT_MARKER = "agent-marker";

    public SentenceView(AnalyzedSentence sentence, List<Mention> sentenceMentions) {
        this(sentence, sentenceMentions, null);
    }

    /** A view whose mentions' governing words also follow the word classes (null: prepositions only). */
    @SuppressWarnings("unchecked")
    public SentenceView(AnalyzedSentence sentence, List<Mention> sentenceMentions, PhraseSets classes) {
        this.sentence = sentence;
        this.classes = classes;
        this.tokens = sentence.tokens();
        int n = tokens.size();
        this.stems = new String[n][];
        this.segs = new List[n];
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            segs[i] = t.segmentations();
            stems[i] = t.stems(); // memoised on the token (shared, never modified)
        }
        this.sentenceMentions = sentenceMentions;
    }

    /**
     * The mentions given, placed on tokens on first use: a sentence whose candidate triggers all fail their
     * fixed words never asks (placing consults the word classes around every mention).
     */
    private final List<Mention> sentenceMentions;
    private List<Placed> mentions;
    private Placed[] mentionAt;

    private void placeMentions() {
        if (mentions != null) return;
        mentionAt = new Placed[tokens.size()];
        mentions = place(sentenceMentions);
    }

    private List<Placed> place(List<Mention> ms) {
        List<Placed> out = new ArrayList<>();
        List<Mention> sorted = new ArrayList<>(ms);
        sorted.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(b.end(), a.end()));
        int group = -1;
        Placed prev = null;
        for (Mention m : sorted) {
            // the tokens overlapping the mention: from the first ending after its start (tokens are ordered and
            // disjoint, so their ends ascend: a binary search), while they start before its end
            int lo = 0, hi = tokens.size();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (tokens.get(mid).end() > m.start()) hi = mid; else lo = mid + 1;
            }
            int first = -1, last = -1;
            for (int i = lo; i < tokens.size() && tokens.get(i).start() < m.end(); i++) {
                if (first < 0) first = i;
                last = i;
            }
            if (first < 0) continue;
            if (prev != null && prev.mention().start() == m.start() && prev.mention().end() == m.end()) {
                // one span naming several parties (البلدين → both countries): members of one group
                Placed p = new Placed(m, first, last, prev.preposition(), prev.group());
                out.add(p);
                continue;
            }
            if (mentionAt[first] != null) continue; // overlapping mentions: keep the first/longest
            if (prev != null && prev.last() == first - 1 && nisba(m) && m.country() != null && m.country().equals(prev.mention().country())) {
                continue; // الكونجرس الأمريكي: the nisba qualifies the mention before it
            }
            if (prev != null && prev.last() == first - 1 && unknownArmed(m) && "AGENT".equals(prev.mention().type()) && !startsWithWaw(m, first)) {
                continue; // مسلحون صوماليون مجهولون: the adjective qualifies the party before it
            }
            String prep = preposition(m, first);
            if (prep.isEmpty() && isNisbaAdjective(m, first)) prep = ADJECTIVE;
            if (prep.isEmpty() && classes != null && first > 0 && unknownArmed(m) && classes.at(this, first - 1, ATTACK_NOUN)) {
                prep = ADJECTIVE; // هجوم انتحاري، هجوم مسلح: who attacked, as an adjective of the attack noun
            }
            boolean coordinated = prev != null && (first == prev.last() + 1 && startsWithWaw(m, first)
                    || first == prev.last() + 2 && tokens.get(prev.last() + 1).norm().equals("و"));
            if (!coordinated) group++;
            else if (prep.isEmpty()) prep = prev.preposition();
            Placed p = new Placed(m, first, last, prep, group);
            for (int i = first; i <= last; i++) mentionAt[i] = p;
            out.add(p);
            prev = p;
        }
        return out;
    }

    /** Attack nouns after which an unknown armed party (انتحاري، مسلح) is an adjective: هجوم انتحاري. */
    static final String ATTACK_NOUN = "attack-noun";

    /** An armed party of no country and no name (مسلح، انتحاري، مجهولون): an agent word of sector UAF. */
    private static boolean unknownArmed(Mention m) {
        return "AGENT".equals(m.type()) && "UAF".equals(m.sector()) && m.country() == null;
    }

    /** A definite relational adjective (الإيراني، الأمريكية) naming a country. */
    private static boolean nisba(Mention m) {
        if (!"COUNTRY".equals(m.type())) return false;
        String n = org.rasd.core.text.ArabicNormalizer.normalizeString(m.text());
        return n.indexOf(' ') < 0 && (n.startsWith("ال") || n.startsWith("وال")) && (n.endsWith("ي") || n.endsWith("يه"));
    }

    /** A relational adjective (التهديد الإيراني): it modifies the noun before it and is no argument of a verb. */
    private boolean isNisbaAdjective(Mention m, int first) {
        if (first == 0 || !nisba(m)) return false;
        Token before = tokens.get(first - 1);
        return before.isWord() && mentionAt[first - 1] == null && Frame.preposition(before.norm()) == null;
    }

    private boolean startsWithWaw(Mention m, int first) {
        Token t = tokens.get(first);
        return t.start() < m.start() && t.norm().startsWith("و");
    }

    /** The preposition governing a mention: a clitic before the mention inside its token, or the word before it. */
    private String preposition(Mention m, int first) {
        Token t = tokens.get(first);
        if (t.start() < m.start()) {
            String pre = t.norm();
            int k = 0;
            while (k < pre.length() && t.originalOffset(k) < m.start()) k++;
            String clitics = pre.substring(0, k);
            if (clitics.startsWith("و") || clitics.startsWith("ف")) clitics = clitics.substring(1);
            if (clitics.startsWith("ل")) return "ل";
            if (clitics.startsWith("ب")) return "ب";
            if (clitics.startsWith("ك")) return "ك";
        }
        if (first > 0) {
            int k = first - 1;
            if (classes != null && tokens.get(k).norm().equals("من") && k > 0 && (tokens.get(k - 1).kind() == org.rasd.core.text.TokenKind.NUMBER
                    || classes.at(this, k - 1, PARTITIVE_HEAD) || classes.at(this, k - 1, "count"))) {
                // ثلاثة من الجنود، قوة من الشرطة: the party is the quantifier's, governed as the quantifier is
                String q = k > 1 ? governing(k - 2) : null;
                return q == null ? "" : q;
            }
            String p = governing(k);
            if (p != null) return p;
            if (classes != null && k > 0 && (tokens.get(k).kind() == org.rasd.core.text.TokenKind.NUMBER || classes.at(this, k, "count"))) {
                // من قبل عدة مسلحين، على ثلاثة جنود: a counted party is governed as its number is
                String q = governing(k - 1);
                if (q != null) return q;
            }
            if (classes != null) {
                if (classes.at(this, k, AGENT_MARKER)) return BY_MARKER; // برصاص القوات، بنيران الجيش: the agent of a casualty
                if (classes.at(this, k, LOCATIVE_HEAD)) return locative(k);
                if (classes.at(this, k, PLACE_HEAD) && isPlace(m) && k > 0) {
                    if (classes.at(this, k - 1, LOCATIVE_HEAD)) return locative(k - 1);
                    String q = governing(k - 1);
                    return q == null ? "" : q;
                }
                if (indefiniteNisba(m)) {
                    // على دورية بريطانية، من قبل عدة ضباط عراقيين: the adjective stands where its noun stands
                    for (int j = k; j >= Math.max(1, k - 1); j--) {
                        if (!plainWord(j)) break;
                        String q = governing(j - 1);
                        if (q != null && (TARGETING.contains(q) || isAgentMarker(q))) return q;
                        if (q != null) break;
                    }
                }
            }
        }
        return "";
    }

    /** Prepositions that a nisba adjective passes on from its noun: the target of an act (على دورية بريطانية، ضد). */
    private static final java.util.Set<String> TARGETING = java.util.Set.of("على", "ضد");

    /** A nisba adjective without the article (بريطانية، عراقيين): it qualifies the noun before it. */
    private static boolean indefiniteNisba(Mention m) {
        if (!"nisba".equals(m.resolution())) return false;
        String n = org.rasd.core.text.ArabicNormalizer.normalizeString(m.text());
        return n.indexOf(' ') < 0 && !n.startsWith("ال") && !n.startsWith("وال");
    }

    /** A word that is no mention, no preposition and no punctuation. */
    private boolean plainWord(int j) {
        Token t = tokens.get(j);
        return t.isWord() && mentionAt[j] == null && governing(j) == null;
    }

    /** The agent marker slot name shared by من قبل، على يد، برصاص: see {@link #isAgentMarker}. */
    static final String BY_MARKER = "يد";

    /** Whether a mention's governing word marks the agent of a passive or a casualty (من قبل، على يد، برصاص). */
    public static boolean isAgentMarker(String preposition) {
        return preposition.equals("قبل") || preposition.equals("يد") || preposition.equals("ايدي");
    }

    /** The preposition (or agent marker) that word {@code k} is, or null. */
    private String governing(int k) {
        String w = tokens.get(k).norm();
        String p = Frame.preposition(w);
        if (p == null && w.startsWith("و") && w.length() > 2) p = Frame.preposition(w.substring(1));
        if (p != null) return p;
        if (isAgentMarker(w)) return w; // من قبل، على يد، على أيدي: the agent of a passive
        return null;
    }

    /** A direction word (شمال، قرب) before a place: the preposition before it (الى شمال العراق), else في. */
    private String locative(int k) {
        String q = k > 0 ? governing(k - 1) : null;
        return q == null || isAgentMarker(q) ? LOCATIVE : q;
    }

    private static boolean isPlace(Mention m) {
        String t = String.valueOf(m.type());
        return t.equals("CITY") || t.equals("REGION") || t.equals("PLACE") || t.equals("LOC") || t.equals("COUNTRY");
    }

    /** Values memoised per owner: a few owners a sentence, so pairs in an array searched by identity. */
    private Object[] memo = new Object[4];
    private int memoSize;

    /**
     * A value computed once per sentence for {@code owner} (this view is used by one thread). The function
     * gets this view, so that a caller can pass one function object it keeps, not a lambda made per call.
     */
    @SuppressWarnings("unchecked")
    <T> T memo(Object owner, java.util.function.Function<SentenceView, T> compute) {
        for (int k = 0; k < memoSize; k += 2) if (memo[k] == owner) return (T) memo[k + 1];
        T v = compute.apply(this);
        if (memoSize == memo.length) memo = java.util.Arrays.copyOf(memo, memoSize * 2);
        memo[memoSize++] = owner;
        memo[memoSize++] = v;
        return v;
    }

    /** The value memoised for {@code owner}, or null when none has been computed yet. */
    @SuppressWarnings("unchecked")
    <T> T memoised(Object owner) {
        for (int k = 0; k < memoSize; k += 2) if (memo[k] == owner) return (T) memo[k + 1];
        return null;
    }

    public AnalyzedSentence sentence() { return sentence; }

    public int index() { return sentence.index(); }

    public int size() { return tokens.size(); }

    public Token token(int i) { return tokens.get(i); }

    public List<Token> tokens() { return tokens; }

    /** Clitic stems of token {@code i}, the whole word first. */
    public String[] stems(int i) { return stems[i]; }

    public List<Segmentation> segmentations(int i) { return segs[i]; }

    public String norm(int i) { return tokens.get(i).norm(); }

    public List<Placed> mentions() { placeMentions(); return mentions; }

    public Placed mentionAt(int i) { placeMentions(); return i >= 0 && i < mentionAt.length ? mentionAt[i] : null; }

    /** All mentions of a coordination group, in order. */
    public List<Placed> group(int g) {
        placeMentions();
        List<Placed> out = new ArrayList<>();
        for (Placed p : mentions) if (p.group() == g) out.add(p);
        return out;
    }

    /** Whether {@code words} match the tokens from {@code i} (each word equal to one of the token's stems). */
    public boolean matchesFrom(int i, String[] words) { return matchesFrom(i, words, 0); }

    /** {@link #matchesFrom(int, String[])} when {@code words[0..from)} are known to match already. */
    public boolean matchesFrom(int i, String[] words, int from) {
        if (i + words.length > tokens.size()) return false;
        for (int k = from; k < words.length; k++) {
            if (!hasStem(i + k, words[k])) return false;
        }
        return true;
    }

    public boolean hasStem(int i, String w) {
        for (String s : stems[i]) if (s.equals(w)) return true;
        return false;
    }

    public boolean isPunct(int i) { return !tokens.get(i).isWord() && tokens.get(i).kind() == org.rasd.core.text.TokenKind.PUNCT; }

    /** The text of tokens [from, to) as written. */
    public String surface(int from, int to) {
        if (from >= to) return "";
        return sentenceText(tokens.get(from).start(), tokens.get(to - 1).end());
    }

    private String sentenceText(int start, int end) {
        int s0 = sentence.sentence().start();
        String st = sentence.sentence().text();
        int a = Math.max(0, start - s0), b = Math.min(st.length(), end - s0);
        return a < b ? st.substring(a, b) : "";
    }
}
