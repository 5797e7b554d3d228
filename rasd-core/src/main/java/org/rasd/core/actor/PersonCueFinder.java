package org.rasd.core.actor;

import java.util.List;
import org.rasd.core.text.Token;

/**
 * Finds the tokens of a person's name: after a title or role (اللواء، الرئيس، الباحث في العلاقات الدولية),
 * skipping garbled rank fragments (the {@code name-noise} list: دكور دارمي) and a short phrase before a
 * known first name; or from a known first name alone. A name runs over name-like words and stops at
 * punctuation, at a word of the {@code name-stops} list (prepositions, speech verbs...) and at the start of
 * another lexicon phrase.
 */
public final class PersonCueFinder {
    /** Tokens [start, end) of a name. */
    public record Span(int start, int end, boolean firstNameKnown) {}

    static final int MAX_GAP = 4;
    static final int MAX_NAME = 4;

    private final WordClasses classes;

    public PersonCueFinder(ActorLexicon lex) {
        this.classes = new WordClasses(lex);
    }

    /** The word-list bits of tokens, for the {@link SentenceMatches} of each sentence. */
    WordClasses wordClasses() { return classes; }

    /**
     * Whether token {@code k} is a known given name. A name ending in ي written with alef maqsura in the original
     * (على "on" against علي "Ali") is not one: normalisation merges them, the original does not.
     */
    boolean isFirstName(SentenceMatches sm, int k) { return sm.is(k, WordClasses.FIRST_NAME); }

    /** Whether token {@code k} ends a name (punctuation, or a word of the name-stops list). */
    boolean isStop(SentenceMatches sm, int k) { return sm.is(k, WordClasses.STOP); }

    /**
     * A word that is both a stop and a given name (علي is also على written without alef maqsura, as many
     * papers do) opens a name only when another given name or a connector follows (علي حسن، علي بن).
     */
    public boolean ambiguousNameStart(SentenceMatches sm, int i) {
        if (!isFirstName(sm, i) || i + 1 >= sm.size()) return false;
        return sm.is(i + 1, WordClasses.FIRST_NAME | WordClasses.CONNECTOR);
    }

    /** A name right at {@code p} opened by a known first name or a lexicon person (after a nisba: الأرجنتيني ليونيل ميسي). */
    public Span nameAt(SentenceMatches sm, int p) {
        if (p >= sm.size()) return null;
        if (isFirstName(sm, p) && (!isStop(sm, p) || ambiguousNameStart(sm, p))) return unlessLoneConnector(sm, extend(sm, p, true));
        PhraseIndex.Match pm = sm.at(p);
        if (pm != null && pm.best() instanceof LexEntry.Named nm && nm.actor().type().equals("PERSON")) return new Span(p, pm.end(), true);
        return null;
    }

    /** Whether token {@code k} is a speech or report verb (with or without a leading و / ف). */
    boolean isSpeechVerb(SentenceMatches sm, int k) { return sm.is(k, WordClasses.SPEECH_VERB); }

    /**
     * A name right at {@code p} with no cue but a speech verb before it: a known first name or lexicon person,
     * or one undetermined word (no article, no feminine ending, no stop word, no lexicon phrase)
     * followed by punctuation or a stop word.
     */
    public Span strictNameAt(SentenceMatches sm, int p) {
        Span s = nameAt(sm, p);
        if (s != null) return s;
        int end = p;
        while (end < sm.size() && end - p < 1 && undetermined(sm, end)) end++;
        if (end == p) return null;
        if (end < sm.size() && !isStop(sm, end)) return null;
        // a word before من or before a title is a noun with its complement (ويؤكد عدد من، وقال مكتب رئيس الوزراء)
        if (end < sm.size() && (sm.token(end).norm().equals("من") || startsTitle(sm, end))) return null;
        return new Span(p, end, false);
    }

    private boolean undetermined(SentenceMatches sm, int k) { return undetermined(sm, k, false); }

    /**
     * With {@code nameContext} (after a cue, a demonym or before an apposition) a word in ـين or ـون may be a name
     * (أمين، بوتين، جونسون); alone after a speech verb it is more often a plural (مسؤولين).
     */
    private boolean undetermined(SentenceMatches sm, int k, boolean nameContext) {
        Token t = sm.token(k);
        String w = t.norm();
        char c0 = w.isEmpty() ? ' ' : w.charAt(0);
        if ((c0 == 'ي' || c0 == 'ت') && !isFirstName(sm, k)) return false; // imperfect verbs (يتلقى، ترددت)
        return t.isWord() && w.length() >= 3 && !w.startsWith("ال") && !w.endsWith("ه") && !w.endsWith("ات") && !w.endsWith("ا")
                && c0 != 'و' && c0 != 'ل' && c0 != 'ب' && c0 != 'ف' && c0 != 'ك'
                && !w.endsWith("ها") && !w.endsWith("هم") && (nameContext && !future(w) || !w.endsWith("ين") && !w.endsWith("ون"))
                && !sm.is(k, WordClasses.STOP | WordClasses.SPEECH_VERB) && !startsLexiconPhrase(sm, k) && !sm.is(k, WordClasses.NOISE);
    }

    /**
     * The name after a cue that ends at token {@code p}, or null. Between the cue and the name may stand garbled
     * rank fragments ({@code name-noise}), definite words and في/من (الباحث في العلاقات الدولية), and named
     * organisations or countries (الأمين العام للأمم المتحدة كوفي أنان): at most {@value #MAX_GAP} words.
     * The name is a lexicon person, a name opened by a known first name, or up to three undetermined words.
     */
    public Span nameAfter(SentenceMatches sm, int p) {
        int k = p;
        int gap = 0;
        while (k < sm.size() && gap <= MAX_GAP) {
            Token t = sm.token(k);
            if (!t.isWord()) return null;
            PhraseIndex.Match m = sm.at(k);
            if (m != null && m.best() instanceof LexEntry.Named nm) {
                if (nm.actor().type().equals("PERSON")) return new Span(k, m.end(), true);
                k = m.end();
                gap += m.end() - m.first();
                continue;
            }
            if (isFirstName(sm, k) && (!isStop(sm, k) || ambiguousNameStart(sm, k))) {
                Span name = unlessLoneConnector(sm, extend(sm, k, true));
                return name == null ? null : withNasabHead(sm, name, p);
            }
            String w = t.norm();
            boolean skippable = sm.is(k, WordClasses.NOISE) || w.equals("في") || w.equals("من")
                    || (w.startsWith("ال") || w.startsWith("لل")) && !isStop(sm, k) // not الذي، التي
                    || m != null && m.best() instanceof LexEntry.Nisba;
            if (skippable) { k++; gap++; continue; }
            if (isStop(sm, k) || startsLexiconPhrase(sm, k)) return null;
            return undeterminedName(sm, k);
        }
        return null;
    }

    /**
     * A name of two or three undetermined words at {@code p} with no cue, that ends where names end: at punctuation,
     * a number, a stop word or the sentence end, or at a title or agent in apposition (سي كي شو مدير الشركة).
     * For a demonym used as a noun (على الفرنسي أرنو كليمان). One word is too little evidence.
     */
    public Span boundedUnknownName(SentenceMatches sm, int p) {
        Span s = p < sm.size() ? undeterminedName(sm, p) : null;
        if (s == null || s.end() - s.start() < 2) return null;
        int e = s.end();
        return e >= sm.size() || isStop(sm, e) || startsTitle(sm, e) ? s : null;
    }

    /**
     * A name of one to three undetermined words at {@code p} confirmed by an apposition after it: an undetermined title
     * or agent right after a name of two words or more (حذر إبنيزر نجوي مدير البرنامج), or any title or agent after a
     * comma (قال شو ، رئيس الشركة). For the speaker after a speech verb.
     */
    public Span apposedUnknownName(SentenceMatches sm, int p) {
        Span s = p < sm.size() ? undeterminedName(sm, p) : null;
        if (s == null) return null;
        int e = s.end();
        // without a comma, a definite title after an undetermined word is its complement (مساعد المدرب، مراقب الدولة)
        if (e < sm.size() && startsTitle(sm, e) && !sm.token(e).norm().startsWith("ال") && s.end() - s.start() >= 2) return s;
        if (e + 1 < sm.size() && isComma(sm.token(e).norm()) && startsTitle(sm, e + 1)) return s;
        return null;
    }

    private static boolean isComma(String w) { return w.equals("،") || w.equals(","); }

    /**
     * Whether token {@code k} is و + a word that can be one more name after a name just read (بين صبري وعنان، كانافارو
     * وإيمرسون): the word after و is undetermined (no article, no plural or pronoun ending, no lexicon phrase), and
     * the name ends there (punctuation, a stop word that is no given name, the sentence end).
     */
    public boolean coordinatedName(SentenceMatches sm, int k) {
        Token t = sm.token(k);
        String w = t.norm();
        if (!t.isWord() || w.length() < 4 || w.charAt(0) != 'و' || sm.is(k, WordClasses.STOP | WordClasses.SPEECH_VERB)) return false;
        if (startsLexiconPhrase(sm, k)) return false;
        String rest = w.substring(1);
        if (rest.startsWith("ال") || rest.endsWith("ات") || rest.endsWith("ين") || rest.endsWith("ون") || rest.endsWith("ها") || rest.endsWith("هم")) return false;
        if ("يتنأاو".indexOf(rest.charAt(0)) >= 0 || rest.endsWith("اء")) return false; // ويقول، وتابع، ونسأل، وعطاء
        if (t.surface().endsWith("ى")) return false; // وعلى
        if (bareTriliteralVerb(rest) || rest.endsWith("ا") || rest.endsWith("ه")) return false; // accusatives, feminine nouns (وزيارة)
        int e = k + 1;
        return e >= sm.size() || isStop(sm, e) && !isFirstName(sm, e);
    }

    /** س + an imperfect prefix: a verb in the future (سيكون، ستكون، سنعمل). */
    private static boolean future(String w) { return w.length() >= 4 && w.charAt(0) == 'س' && "يتنا".indexOf(w.charAt(1)) >= 0; }

    /** A word after the first of an unknown name that starts with ك ل ب ف (not و) and is otherwise name-like. */
    private boolean laterNameWord(SentenceMatches sm, int k) {
        Token t = sm.token(k);
        String w = t.norm();
        if (!t.isWord() || w.length() < 4 || "كلبف".indexOf(w.charAt(0)) < 0 || w.startsWith("ال", 1) || w.startsWith("لل")) return false;
        if (w.endsWith("ه") || w.endsWith("ا") || w.endsWith("ين") || w.endsWith("ون")) return false;
        // ب / ل + a verbal noun or participle (بتصوير، لشغل، بمشاركة) is no name
        if ((w.charAt(0) == 'ب' || w.charAt(0) == 'ل') && (w.charAt(1) == 'ت' || w.charAt(1) == 'م' || bareTriliteralVerb(w.substring(1)))) return false;
        return surnameLike(t) && !sm.is(k, WordClasses.STOP | WordClasses.SPEECH_VERB | WordClasses.NOISE) && !startsLexiconPhrase(sm, k);
    }

    /** Up to three undetermined words (and the connectors between them) from {@code k}, or null. */
    Span undeterminedName(SentenceMatches sm, int k) {
        int end = k;
        while (end < sm.size() && end - k < 4) {
            if (end + 1 < sm.size() && isConnector(sm, end) && sm.token(end + 1).isWord()) { end += 2; continue; }
            if (undetermined(sm, end, true)) { end++; continue; }
            // a later word may begin with a letter that is also a proclitic (أرنو كليمان، ليونيل ميسي)
            if (end > k && laterNameWord(sm, end)) { end++; continue; }
            break;
        }
        if (end == k + 1 && bareTriliteralVerb(sm.token(k).norm())) return null; // اللاعب طلب الرحيل
        if (end == k + 1 && end < sm.size() && sm.is(end, WordClasses.ORDINAL)) { // البابا بنديكت السادس عشر
            end++;
            if (end < sm.size() && sm.token(end).norm().equals("عشر")) end++;
        }
        return end == k ? null : new Span(k, end, false);
    }

    /**
     * A name that starts with a nasab connector (بن، ابن، بنت: سهل بن حنيف، الحسين بن طلال) begins one word earlier:
     * the word before "son of" is the person's own name, even when it is no known given name or is definite. That
     * word must be at {@code from} or after, a word that is no stop, noise or other lexicon phrase, and name-like.
     */
    Span withNasabHead(SentenceMatches sm, Span s, int from) {
        int prev = s.start() - 1;
        if (prev < from || prev < 0 || s.end() - s.start() < 2 || !sm.is(s.start(), WordClasses.NASAB)) return s;
        if (!sm.token(prev).isWord() || sm.is(prev, WordClasses.STOP | WordClasses.NOISE | WordClasses.CONNECTOR) || startsLexiconPhrase(sm, prev)) return s;
        Token head = sm.token(prev);
        if (!givenNameLike(head)) return s;
        boolean known = isFirstName(sm, prev);
        String w = head.norm();
        // a definite word before بن is a name only when it is a given name with the article (الحسن، الحسين), not an
        // adjective (المؤرخ الكبير ابن الأبار); a word written with final ى that is no given name is a noun (مرمى بن فوستر)
        if (!known && w.startsWith("ال") && !classes.definiteFirstName(w)) return s;
        if (!known && head.surface().endsWith("ى")) return s;
        return new Span(prev, s.end(), s.firstNameKnown());
    }

    /** Whether token {@code k} is the second part of a compound given name (الدين، الله): no name of its own. */
    boolean isCompoundPart(SentenceMatches sm, int k) { return sm.is(k, WordClasses.COMPOUND); }

    /** Whether a name begins with a nasab connector (بن عبد العزيز). */
    boolean opensWithNasab(SentenceMatches sm, Span s) { return sm.is(s.start(), WordClasses.NASAB); }

    /** A name opened by a known first name at {@code i} with at least one more name word, or null. */
    public Span nameFromFirstName(SentenceMatches sm, int i) {
        if (i >= sm.size() || !sm.is(i, WordClasses.FIRST_NAME | WordClasses.NEXT_NAME)) return null;
        Span s = extend(sm, i, true);
        return s.end() - s.start() >= 2 ? s : null;
    }

    /**
     * The extent of a name starting at {@code start}: a lexicon person's name as the lexicon has it;
     * otherwise given names and connectors (بن، أبو، آل، عبد) with the word each connector governs, then one
     * family name. Without a known first name the name is that one word (and what connectors join to it).
     * A word that is و/ف + a first name starts the next name of a list.
     */
    private Span extend(SentenceMatches sm, int start, boolean known) {
        PhraseIndex.Match m = sm.at(start);
        if (m != null && m.best() instanceof LexEntry.Named nm && nm.actor().type().equals("PERSON")) return new Span(start, m.end(), known);
        int n = sm.size();
        int end = start + 1;
        boolean surnameTaken = !known;
        boolean governed = isConnector(sm, start);
        boolean nasab = governed && sm.is(start, WordClasses.NASAB), afterNasab = nasab;
        while (end < n && end - start < MAX_NAME + 2) {
            Token t = sm.token(end);
            if (!t.isWord()) break;
            if (governed) { // بن أبي طالب: what a connector governs is name
                // ... but "son of" before a kinship word or another actor is no nasab (ابن عمه، ابن الملك)
                // (only when "son of" opens the name: after a given name بن is surely nasab, محمد بن وصل)
                if (nasab && end == start + 1 && (isStop(sm, end) && !isFirstName(sm, end) || startsTitle(sm, end))) break;
                end++;
                governed = isConnector(sm, end - 1);
                nasab = governed && sm.is(end - 1, WordClasses.NASAB);
                continue;
            }
            if (isStop(sm, end) && !isFirstName(sm, end) || startsNextName(sm, end)) break; // محمد علي: inside a name علي is a name
            if (isConnector(sm, end)) {
                end++;
                governed = true;
                nasab = sm.is(end - 1, WordClasses.NASAB);
                afterNasab |= nasab;
                continue;
            }
            if (sm.is(end, WordClasses.COMPOUND)) { end++; continue; } // صلاح الدين، نصر الله
            if (surnameTaken) break;
            if (known && sm.is(end, WordClasses.ORDINAL)) { // جيمس الأول، ألفونسو الثالث عشر: a regnal number ends the name
                end++;
                if (end < n && sm.token(end).norm().equals("عشر")) end++;
                break;
            }
            if (isFirstName(sm, end)) { end++; continue; }
            // a family name written with a final ه (فلاته، شويبله) is told from a pronoun (قوله إن، حديثه قائلا) by what
            // follows: punctuation or the sentence end
            boolean beforePunct = end + 1 >= n || !sm.token(end + 1).isWord();
            if (startsLexiconPhrase(sm, end) || !surnameLike(t, beforePunct)) break;
            // after a nasab chain the family name is a definite nisba or clan name (سهل بن حنيف الأنصاري), not any word
            // (a nisba or clan name, الأنصاري، الخرينج; not a feminine noun: علي بن أبي طالب الخلافة)
            if (afterNasab && !(t.norm().startsWith("ال") && !t.norm().endsWith("ه"))) break;
            end++;
            surnameTaken = true;
        }
        return new Span(start, end, known);
    }

    /** A "name" that is only a connector (ابن before a kinship word, أبو alone) is none. */
    private static Span unlessLoneConnector(SentenceMatches sm, Span s) {
        return s.end() - s.start() == 1 && sm.is(s.start(), WordClasses.CONNECTOR) ? null : s;
    }


    /**
     * Whether a word can be a family name after a given name: not a verb in the imperfect (يقول), not an
     * accusative or feminine form (اجتماعا، مرتدية), not a plural or a word with a pronoun or a preposition
     * attached (لتدريبات، مصرعه، للزمالك).
     */
    boolean surnameLike(Token t) { return surnameLike(t, false); }

    /** As {@link #surnameLike(Token)}; with {@code finalHaAllowed} a final ه as written may be the name's own letter. */
    boolean surnameLike(Token t, boolean finalHaAllowed) {
        String w = t.norm();
        if (w.length() < 2) return false;
        if (w.charAt(0) == 'ي' && w.length() >= 3) return false;
        // (ـيه is also the feminine adjective ـية: حياة طبيعية، الملك سلمان الداخلية — not a family name)
        if (w.endsWith("ات") || w.endsWith("ها") || w.endsWith("هم") || w.endsWith("يه")) return false;
        // tanween fatha (on a final alef): an adverb or accusative (حالياً، تاركاً)
        if (w.charAt(w.length() - 1) == 'ا' && t.surface().indexOf('\u064B') >= 0) return false;
        if (w.startsWith("لل") || w.startsWith("وال") || w.startsWith("كال")) return false;
        // بالـ / فالـ + a word (بالتحدث، فالحكومة), but not a transliteration that opens with بالا (بالاك، بالاسيوس)
        if ((w.startsWith("بال") || w.startsWith("فال")) && w.length() > 4 && "اوي".indexOf(w.charAt(3)) < 0) return false;
        // و + a word is the next item of a list (وإخراج، وعنان، ودخل), not a family name (وقاص and واتسون are; a given
        // name with و is handled before; ودادي is lost)
        if (w.charAt(0) == 'و' && w.length() >= 4 && ("اوي".indexOf(w.charAt(1)) < 0 || hamzaAfterWaw(t))
                && (w.length() >= 5 || bareTriliteralVerb(w.substring(1)))) return false;
        // a pronoun suffix written ه (قوله، زوجته، مصرعه), told from the feminine ة by the original spelling
        if (!finalHaAllowed && w.length() >= 4 && w.charAt(w.length() - 1) == 'ه' && w.charAt(w.length() - 2) != 'ا' && endsWithHa(t)) return false;
        // ف / ب / ت + a perfect or bare noun (فهرب، بحزن، تشعر), a verbal noun of the forms تفاعل، افتعال، استفعال
        // (تزايد، ارتفاع، استبعاد): words that follow a subject, not family names
        if ("فبت".indexOf(w.charAt(0)) >= 0 && bareTriliteralVerb(w.substring(1))) return false;
        if (verbalNounShape(w)) return false;
        // ب + a verbal noun or participle (بمشاركة، بتصوير)
        if (w.charAt(0) == 'ب' && w.length() >= 5 && (w.charAt(1) == 'ت' || w.charAt(1) == 'م')) return false;
        // و + a stop word (وليس، ووالده)
        if (w.charAt(0) == 'و' && classes.isStopWord(w.substring(1))) return false;
        return !bareTriliteralVerb(w);
    }

    /**
     * Whether a word can be the given name before بن: three letters or more, no article fused with a preposition
     * (للـ، بالـ...), no plural ـات, no pronoun (ـها، ـهم، ـه as written: معاوية and جارية end with ة).
     */
    boolean givenNameLike(Token t) {
        String w = t.norm();
        if (w.length() < 3 || w.charAt(0) == 'ي' && w.length() >= 4 || w.charAt(0) == 'و') return false;
        if (w.endsWith("ات") || w.endsWith("ها") || w.endsWith("هم")) return false;
        if (w.startsWith("لل") || w.startsWith("وال") || w.startsWith("كال") || w.startsWith("بال") || w.startsWith("فال")) return false;
        return !(w.charAt(w.length() - 1) == 'ه' && endsWithHa(t));
    }

    /** Whether the token as written is و + a word opening with a hamza on alef (وإخراج، وأكد; not واتسون). */
    private static boolean hamzaAfterWaw(Token t) {
        String s = t.surface();
        return s.length() > 1 && (s.charAt(1) == 'أ' || s.charAt(1) == 'إ' || s.charAt(1) == 'آ');
    }

    /** Whether the token as written ends with ه (not ة), diacritics aside. */
    private static boolean endsWithHa(Token t) {
        String s = t.surface();
        for (int k = s.length() - 1; k >= 0; k--) {
            char c = s.charAt(k);
            if (c >= '\u064B' && c <= '\u065F' || c == '\u0640') continue; // harakat, tatweel
            return c == 'ه';
        }
        return false;
    }

    /**
     * Whether a word has the shape of a verb in the perfect, which often follows its subject's name (ناجي صبري عقد،
     * اللاعب طلب، الملكة التي حكمت): three consonants with no long vowel (عقد، طلب، رفض), or with the perfect's
     * feminine ت (حكمت، طرحت), or أ + three consonants (أحرز، أدهش).
     * Names written in Arabic letters nearly always carry a long vowel (كين، شو، لي، نوندا).
     */
    /** تفاعل (تزايد), افتعال (ارتفاع), استفعال (استبعاد), with an accusative alef or not. */
    static boolean verbalNounShape(String w) {
        String x = w.length() > 5 && w.endsWith("ا") ? w.substring(0, w.length() - 1) : w;
        int n = x.length();
        if (n == 5 && x.charAt(0) == 'ت' && x.charAt(2) == 'ا') return true;
        if (n == 6 && x.charAt(0) == 'ا' && x.charAt(2) == 'ت' && x.charAt(4) == 'ا') return true;
        return n == 7 && x.startsWith("است") && x.charAt(5) == 'ا';
    }

    static boolean bareTriliteralVerb(String w) {
        int n = w.length();
        String core = w;
        if (n == 4 && (w.charAt(0) == 'ا' || w.charAt(0) == 'أ')) core = w.substring(1);
        else if (n == 4 && w.charAt(3) == 'ت') core = w.substring(0, 3);
        if (core.length() != 3) return false;
        for (int k = 0; k < 3; k++) if ("اويى".indexOf(core.charAt(k)) >= 0) return false;
        return true;
    }

    boolean isConnector(SentenceMatches sm, int k) { return sm.is(k, WordClasses.CONNECTOR); }

    /** و or ف followed by a known first name (ومحمد): the next name of a list. */
    boolean startsNextName(SentenceMatches sm, int k) { return sm.is(k, WordClasses.NEXT_NAME); }

    /** Whether a title, role or agent phrase (الملك، الرئيس، الوفد) starts at {@code k}. */
    boolean startsTitle(SentenceMatches sm, int k) {
        PhraseIndex.Match m = sm.at(k);
        return m != null && (m.best() instanceof LexEntry.Cue || m.best() instanceof LexEntry.Agent);
    }

    /** Whether a non-person lexicon phrase (country, organisation, agent, cue...) starts at {@code k}. */
    boolean startsLexiconPhrase(SentenceMatches sm, int k) {
        PhraseIndex.Match m = sm.at(k);
        if (m == null) return false;
        return !(m.best() instanceof LexEntry.Named nm && nm.actor().type().equals("PERSON"));
    }
}
