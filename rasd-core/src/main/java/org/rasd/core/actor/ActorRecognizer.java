package org.rasd.core.actor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rasd.core.lexicon.LexiconSource;
import org.rasd.core.model.Mention;
import org.rasd.core.text.AnalyzedDocument;
import org.rasd.core.text.AnalyzedSentence;
import org.rasd.core.text.Segmentation;
import org.rasd.core.text.Token;

/**
 * The actor stage: finds and resolves actor mentions in an analysed document. Per sentence, a greedy
 * left-to-right longest match over the phrase index (clitic-aware), then, by what matched: named actors,
 * agents composed with an adjacent country (الوفد المغربي، ممثل المغرب لدى الأمم المتحدة), persons after
 * cues and appositions, organisation names opened by a head noun ({@link OrgNameFinder}), name variants of the article's persons,
 * and in-article references (المملكة، البلدين، نفس المحلل). Loaded once; thread-safe (all per-document
 * state lives in {@link ArticleState}).
 *
 * <p>Spans cover the stem without proclitics (بالمغرب → المغرب; an article fused into لل is not part of the
 * span: للولايات المتحدة → ولايات المتحدة). {@code البلدين} gives two mentions with the same span, one
 * per country.
 */
public final class ActorRecognizer {
    private final ActorLexicon lex;
    private final PersonCueFinder names;
    private final OrgNameFinder orgNames;

    public ActorRecognizer(ActorLexicon lex) {
        this.lex = lex;
        this.names = new PersonCueFinder(lex);
        this.orgNames = new OrgNameFinder();
    }

    public static ActorRecognizer load(LexiconSource src) { return new ActorRecognizer(ActorLexicon.load(src)); }

    public ActorLexicon lexicon() { return lex; }

    /** Mentions sorted by start (UTF-16 offsets into {@code doc.text()}). */
    public List<Mention> recognize(AnalyzedDocument doc) {
        List<ActorMention> all = recognizeDetailed(doc);
        List<Mention> out = new ArrayList<>(all.size());
        for (ActorMention m : all) out.add(m.mention());
        return out;
    }

    /** Mentions with their token ranges and roles, sorted by start then end. */
    public List<ActorMention> recognizeDetailed(AnalyzedDocument doc) {
        ArticleState st = new ArticleState(doc);
        for (AnalyzedSentence s : doc.sentences()) st.sentence(s);
        st.resolvePending();
        st.out.sort(Comparator.comparingInt(ActorMention::start).thenComparingInt(ActorMention::end)
                .thenComparing(m -> m.mention().entity()));
        return st.out;
    }

    /** A state agent emitted with no country, to take the article's country ({@code phrase} for agents, null for bodies). */
    private record CountryFallback(int index, boolean dropUnresolved, String phrase) {}

    /** Per-document state: the output, the persons met, the countries named in order. */
    private final class ArticleState {
        final AnalyzedDocument doc;
        final LocalDate date;
        final List<ActorMention> out = new ArrayList<>();
        final ArticlePersons persons = new ArticlePersons();
        final List<String> countryOrder = new ArrayList<>();
        final Map<String, Integer> countryCount = new HashMap<>();
        final List<Runnable> pending = new ArrayList<>();
        /** State agents written with no country (الحكومة، قوات الأمن، وزارة التعليم): they take the article's country at its end. */
        final List<CountryFallback> fallbacks = new ArrayList<>();
        /** The last organisation named, by its first word (التحالف → التحالف العربي), for {@code same-head} references. */
        final Map<String, ActorEntry> lastOrgByHead = new HashMap<>();
        SentenceMatches sm;
        /** The token after the last mention emitted in the current sentence. */
        int covered;
        /** The token after the last person mention in the current sentence. */
        int lastPersonEnd;

        ArticleState(AnalyzedDocument doc) {
            this.doc = doc;
            this.date = doc.date();
        }

        void sentence(AnalyzedSentence s) {
            sm = new SentenceMatches(s.tokens(), lex.index(), names.wordClasses());
            covered = 0;
            lastPersonEnd = -1;
            int n = sm.size();
            int i = 0;
            while (i < n) {
                PhraseIndex.Match m = sm.at(i);
                int next = m == null ? unmatched(s, i) : matched(s, m);
                i = Math.max(next, i + 1);
            }
        }

        // ---- tokens that no lexicon phrase starts ------------------------------------------------------

        int unmatched(AnalyzedSentence s, int i) {
            List<Token> toks = s.tokens();
            Token t = toks.get(i);
            if (names.isSpeechVerb(sm, i)) {
                PersonCueFinder.Span said = names.strictNameAt(sm, i + 1);
                if (said == null) said = names.apposedUnknownName(sm, i + 1);
                if (said != null) return person(s, said, null, null, null, null, "cue", "rule:speaker").endToken();
            }
            if (i > 0 && i == lastPersonEnd && names.coordinatedName(sm, i)) {
                Token w = toks.get(i);
                Segmentation and = null;
                for (Segmentation seg : w.segmentations()) if (seg.proclitics().equals("و") && seg.enclitic().isEmpty()) and = seg;
                if (and != null) return person(s, new PersonCueFinder.Span(i, i + 1, false), null, null, null, null, "cue", "rule:coordination", and).endToken();
            }
            if (!t.isWord() || names.isStop(sm, i) && !names.ambiguousNameStart(sm, i)) return i + 1;
            PersonCueFinder.Span span = names.nameFromFirstName(sm, i);
            if (span != null) span = names.withNasabHead(sm, span, covered);
            // بن عبد العزيز right after a person's name goes on with that name (الأمير محمد بن سلمان بن عبد العزيز)
            if (span != null && i == lastPersonEnd && names.opensWithNasab(sm, span)) return span.end();
            if (span != null) return person(s, span, null, null, null, null, "cue", "rule:first-name").endToken();
            ArticlePersons.Person p = surname(t);
            if (p == null && names.isFirstName(sm, i) && !names.isStop(sm, i)) p = persons.byFirstName(NameVariantKey.of(t.norm()));
            if (p != null && !names.isCompoundPart(sm, i)) { // (الله alone recalls no عبد الله)
                Segmentation seg = bestNameSegmentation(t, p);
                int[] sp = t.stemSpan(seg);
                emit(s, sp[0], sp[1], i, i + 1, p.entity(), "PERSON", p.name(), p.code(), p.country(), p.sector(),
                        "variant", p.rule(), p.role());
                persons.mentioned(p);
            }
            return i + 1;
        }

        /** An article person whose surname this word is (as written, or after و / ل / ب). */
        ArticlePersons.Person surname(Token t) {
            if (!persons.hasFullNames()) return null;
            String w = t.norm();
            if (w.length() < 4) return null;
            int from = 0;
            ArticlePersons.Person p = persons.bySurname(w, from);
            if (p == null && w.length() > 4 && (w.charAt(0) == 'و' || w.charAt(0) == 'ل' || w.charAt(0) == 'ب'))
                p = persons.bySurname(w, from = 1);
            // keys drop the article: الثاني is no variant of ثاني unless the name itself ends with a definite word
            if (p != null && w.startsWith("ال", from) && !endsWithDefiniteWord(p.name())) return null;
            return p;
        }

        boolean endsWithDefiniteWord(String name) {
            String last = name.substring(name.lastIndexOf(' ') + 1);
            return last.startsWith("ال") || last.startsWith("آل");
        }

        Segmentation bestNameSegmentation(Token t, ArticlePersons.Person p) {
            for (Segmentation seg : t.segmentations())
                if (seg.enclitic().isEmpty() && NameVariantKey.similar(NameVariantKey.of(seg.stem()), p.lastKey())) return seg;
            return t.segmentations().get(0);
        }

        // ---- lexicon matches -------------------------------------------------------------------------

        int matched(AnalyzedSentence s, PhraseIndex.Match m) {
            LexEntry e = m.best();
            if (e instanceof LexEntry.Named n) return named(s, m, n);
            if (e instanceof LexEntry.Nisba ni) {
                emitMatch(s, m, m.end(), ni.country(), "COUNTRY", lex.country(ni.country()).name(),
                        ni.country(), ni.country(), null, "nisba", ni.rule(), null);
                countryNamed(ni.country());
                // الأرجنتيني ليونيل ميسي: a demonym right before a name gives the person's country
                PersonCueFinder.Span span = m.end() - m.first() == 1 ? names.nameAt(sm, m.end()) : null;
                if (span == null && demonymAsNoun(s.tokens(), m)) span = names.boundedUnknownName(sm, m.end());
                if (span != null) return person(s, span, ni.country(), ni.country(), null, null, "cue", ni.rule()).endToken();
                return m.end();
            }
            if (e instanceof LexEntry.Agent a) return agent(s, m, sameDefiniteness(m, a));
            if (e instanceof LexEntry.Cue c) return cue(s, m, c.sector(), c.role(), c.rule());
            if (e instanceof LexEntry.OrgHead h) return orgHead(s, m, h);
            return reference(s, m, (LexEntry.Reference) e);
        }

        /**
         * A one-word definite singular demonym that follows no noun it could qualify (at the sentence start, after
         * punctuation or a stop word: على الفرنسي أرنو كليمان) stands for a person: "the Frenchman".
         */
        boolean demonymAsNoun(List<Token> toks, PhraseIndex.Match m) {
            if (m.end() - m.first() != 1 || !m.segmentation().hasArticle()) return false;
            String stem = m.segmentation().stem();
            if (!stem.endsWith("ي")) return false; // not a feminine, plural or dual form
            return m.first() == 0 || names.isStop(sm, m.first() - 1) || names.isSpeechVerb(sm, m.first() - 1);
        }

        int named(AnalyzedSentence s, PhraseIndex.Match m, LexEntry.Named n) {
            ActorEntry a = n.actor();
            List<Token> toks = s.tokens();
            switch (a.type()) {
                case "PERSON" -> {
                    // a one-word lexicon name followed by بن is another person's given name (مبارك بن بنيه الخرينج), and so is a
                    // given name followed by more of a name (عيسى حمد بوشهاب)
                    if (m.end() - m.first() == 1) {
                        PersonCueFinder.Span nasab = names.nameFromFirstName(sm, m.end());
                        if (nasab != null && names.opensWithNasab(sm, nasab))
                            return person(s, new PersonCueFinder.Span(m.first(), nasab.end(), true), null, null, null, null, "cue", "rule:nasab").endToken();
                        PersonCueFinder.Span longer = names.nameFromFirstName(sm, m.first());
                        if (longer != null && longer.end() > m.end())
                            return person(s, longer, null, null, null, null, "cue", "rule:first-name").endToken();
                    }
                    DatedRole role = a.roleAt(date);
                    String code = role != null ? role.code() : a.country();
                    String country = role != null && role.country() != null ? role.country() : a.country();
                    String sector = role != null ? role.sector() : null;
                    String title = role != null ? role.title() : null;
                    ActorMention am = emitMatch(s, m, m.end(), a.id(), "PERSON", a.name(), code, country, sector, "lexicon", n.rule(), title);
                    ArticlePersons.Person p = new ArticlePersons.Person(a.id(), a.name(), wordKeys(toks, m.first(), m.end(), m.segmentation()),
                            code, country, sector, title, n.rule());
                    persons.add(p);
                    return am.endToken();
                }
                case "COUNTRY", "CITY", "REGION" -> {
                    if (m.end() - m.first() == 1 && m.segmentation().isWhole() && lex.inList("ambiguous-names", toks.get(m.first()).norm())
                            && m.first() > 0 && toks.get(m.first() - 1).isWord() && !lex.inList("name-stops", toks.get(m.first() - 1).norm())) {
                        return m.first() + 1; // مالي after a noun is "financial"
                    }
                    int title = quotedTitle(s, m);
                    if (title > 0) return title;
                    int club = clubNamedForCity(s, m, a);
                    if (club > 0) return club;
                    emitMatch(s, m, m.end(), a.id(), a.type(), a.name(), a.code(), a.country(), a.sector(), "lexicon", n.rule(), null);
                    if (a.country() != null && !a.type().equals("REGION")) countryNamed(a.country());
                    return m.end();
                }
                default -> {
                    if (commonWordReading(toks, m)) return m.first() + 1;
                    // an organisation; the nisba of its own country after it (الكونغرس الأمريكي) only repeats where it
                    // belongs: no mention of its own (the event coder would take it for another actor), not in the span
                    int end = m.end();
                    String nis = nisbaAt(toks, end);
                    String how = writtenAsAgent(toks, m, a) ? "agent" : "lexicon";
                    if (headOnlyAnnounces(m, a)) {
                        Token name = toks.get(m.first() + 1);
                        emit(s, name.start(), toks.get(end - 1).end(), m.first() + 1, end, a.id(), a.type(), a.name(), a.code(), a.country(),
                                a.sector(), how, n.rule(), null);
                    } else emitMatch(s, m, end, a.id(), a.type(), a.name(), a.code(), a.country(), a.sector(), how, n.rule(), null);
                    if (m.end() - m.first() > 1) lastOrgByHead.put(headKey(m), a);
                    return nis != null && nis.equals(a.country()) ? end + 1 : end;
                }
            }
        }

        /**
         * Whether a one-word organisation name that is also a common word (ambiguous-orgs.txt) reads here as the
         * common word: not right after a head noun, title or agent (شركة اتصالات، زعيم القاعدة); undetermined, or
         * definite after a demonstrative (هذه القاعدة) or before a definite word (القاعدة السياسية).
         */
        boolean commonWordReading(List<Token> toks, PhraseIndex.Match m) {
            if (m.end() - m.first() != 1) return false;
            Segmentation seg = m.segmentation();
            boolean definite = seg.hasArticle();
            if (!lex.inList("ambiguous-orgs", (definite ? "ال" : "") + seg.stem())) return false;
            if (m.first() > 0) {
                PhraseIndex.Match prev = sm.at(m.first() - 1);
                if (prev != null && prev.end() == m.first() && !(prev.best() instanceof LexEntry.Named) && !(prev.best() instanceof LexEntry.Nisba)) return false;
            }
            if (!definite) return true;
            if (m.first() > 0 && lex.inList("demonstratives", toks.get(m.first() - 1).norm())) return true;
            return m.end() < toks.size() && toks.get(m.end()).isWord() && toks.get(m.end()).norm().startsWith("ال");
        }

        /**
         * A place name alone between guillemets (« الشرق الأوسط »، « القدس ») is the title of a publication named
         * after it, not the place: an organisation (sector MED). Returns the token after the name, or -1.
         */
        int quotedTitle(AnalyzedSentence s, PhraseIndex.Match m) {
            List<Token> toks = s.tokens();
            if (m.first() == 0 || m.end() >= toks.size() || !asWritten(m)) return -1;
            if (!toks.get(m.first() - 1).norm().equals("«") || !toks.get(m.end()).norm().equals("»")) return -1;
            String key = doc.normalized().text().substring(toks.get(m.first()).normStart(), toks.get(m.end() - 1).normStart() + toks.get(m.end() - 1).norm().length());
            emitMatch(s, m, m.end(), "local:org:" + key, "ORG", null, null, null, "MED", "pattern", "rule:quoted-title", null);
            return m.end();
        }

        /**
         * A one-word city followed by its own country's masculine demonym (برشلونة الإسباني، ليون الفرنسي) is a club named
         * after the city: a city is feminine, the masculine adjective agrees with an implied نادي or فريق. The club
         * is an organisation (sector BUS); the demonym only repeats its country (no mention of its own, not in the
         * span). Returns the token after the demonym, or -1.
         */
        int clubNamedForCity(AnalyzedSentence s, PhraseIndex.Match m, ActorEntry a) {
            List<Token> toks = s.tokens();
            if (!a.type().equals("CITY") || m.end() - m.first() != 1 || a.country() == null || !a.country().equals(nisbaAt(toks, m.end()))) return -1;
            String adj = toks.get(m.end()).norm();
            if (!adj.startsWith("ال") || !adj.endsWith("ي")) return -1;
            Token last = toks.get(m.end() - 1);
            String key = doc.normalized().text().substring(toks.get(m.first()).normStart(), last.normStart() + last.norm().length());
            emitMatch(s, m, m.end(), "local:org:" + key, "ORG", null, ActorCodes.compose(a.country(), "BUS"), a.country(), "BUS",
                    "pattern", "rule:city-club", null);
            countryNamed(a.country());
            return m.end() + 1;
        }

        /**
         * Whether the first word of a lexicon organisation's name is a head noun that stays out of names (org-heads.txt
         * {@code out}) before one word or before words that alone are a name of the same organisation: النادي الأهلي →
         * الأهلي، قناة الجزيرة → الجزيرة، وكالة فرانس برس → فرانس برس (but وكالة غوث وتشغيل اللاجئين keeps its head: the
         * rest is no name by itself).
         */
        boolean headOnlyAnnounces(PhraseIndex.Match m, ActorEntry a) {
            if (m.end() - m.first() < 2) return false;
            boolean outHead = false;
            for (LexEntry e : lex.index().lookup(m.segmentation().stem())) if (e instanceof LexEntry.OrgHead h && !h.partOfName()) outHead = true;
            if (!outHead) return false;
            if (m.end() - m.first() == 2) return true;
            PhraseIndex.Match rest = sm.at(m.first() + 1);
            if (rest == null || rest.end() != m.end() || !asWritten(rest)) return false;
            for (LexEntry e : rest.entries()) if (e instanceof LexEntry.Named n && n.actor() == a) return true;
            return false;
        }

        /** A match read without proclitics other than its own article (الشرق الأوسط, not للشرق الأوسط). */
        boolean asWritten(PhraseIndex.Match m) {
            String pro = m.segmentation().proclitics();
            return m.segmentation().enclitic().isEmpty() && (pro.isEmpty() || pro.equals("ال"));
        }

        /**
         * Whether a lexicon organisation is written as a generic agent and its own country's demonym (الجيش
         * اللبناني، الحكومة العراقية، القوات المسلحة المصرية): it keeps its identity but is a description, not a
         * proper name, so its resolution is {@code agent} (CoNLL and ANERcorp do not tag such phrases).
         */
        boolean writtenAsAgent(List<Token> toks, PhraseIndex.Match m, ActorEntry a) {
            int last = m.end() - 1;
            if (last <= m.first() || a.country() == null || !a.country().equals(nisbaAt(toks, last))) return false;
            StringBuilder head = new StringBuilder(m.segmentation().hasArticle() ? "ال" : "").append(m.segmentation().stem());
            for (int k = m.first() + 1; k < last; k++) head.append(' ').append(toks.get(k).norm());
            for (LexEntry e : lex.index().lookup(head.toString())) if (e instanceof LexEntry.Agent) return true;
            return false;
        }

        /**
         * Of two agents written alike but for the article (الطائرات and طائرات share a key), the one whose article the text
         * has: الطائرات الإسرائيلية composes, طائرات only stands for a group in construct.
         */
        LexEntry.Agent sameDefiniteness(PhraseIndex.Match m, LexEntry.Agent a) {
            boolean definite = m.segmentation().hasArticle();
            if (a.phrase().startsWith("ال") == definite) return a;
            for (LexEntry e : m.entries())
                if (e instanceof LexEntry.Agent o && o.phrase().startsWith("ال") == definite && o.phrase().length() - (definite ? 2 : 0) == a.phrase().length() - (definite ? 0 : 2)) return o;
            return a;
        }

        int agent(AnalyzedSentence s, PhraseIndex.Match m, LexEntry.Agent a) {
            List<Token> toks = s.tokens();
            int end = m.end();
            String country = a.onlyForBody() ? null : nisbaAt(toks, end);
            if (country != null) end++;
            else if (!a.onlyForBody()) {
                PhraseIndex.Match c = end < toks.size() ? sm.at(end) : null;
                if (c != null && (c.segmentation().isWhole() || c.segmentation().proclitics().equals("ال")) && c.best() instanceof LexEntry.Named n && n.actor().type().equals("COUNTRY")) {
                    country = n.actor().country();
                    end = c.end();
                    countryNamed(country);
                }
            }
            // an indefinite agent in construct with a named group or body is that group (طائرات التحالف العربي، ميليشيات الحوثي)
            boolean definite = determined(a.phrase());
            if (country == null && !definite && a.role() == null) {
                int owned = ownedBy(s, m, a);
                if (owned > 0) return owned;
            }
            if (a.onlyForBody()) return m.end();
            // without a country, a definite agent with a role is a title (الرئيس بوش); an indefinite one is in construct (رئيس قسم);
            // a definite state institution (الحكومة، الجيش، النيابة العامة) is the article's country's, if the article names one only
            if (country == null && !a.standsAlone()) {
                if (a.role() != null && a.phrase().startsWith("ال")) return cue(s, m, a.sector(), a.role(), a.rule());
                if (a.role() != null || !definite || !a.articleCountry()) return m.end();
            }
            // ممثل المغرب لدى الأمم المتحدة: the body the agent is accredited to belongs to the span
            if (country != null && end + 1 < toks.size() && toks.get(end).norm().equals("لدي")) {
                PhraseIndex.Match igo = sm.at(end + 1);
                if (igo != null && igo.best() instanceof LexEntry.Named n && !n.actor().type().equals("PERSON")) {
                    named(s, igo, n); // the body is a mention of its own, inside the agent's span
                    end = igo.end();
                }
            }
            String code = country == null ? null : ActorCodes.compose(country, a.sector());
            String name = (country == null ? "" : lex.country(country).name() + " ") + a.phrase();
            ActorMention am = emitMatch(s, m, end, country == null ? "agent:" + (a.sector() == null ? "" : a.sector()) : code,
                    "AGENT", name, code, country, a.sector(), "agent", a.rule(), a.role());
            if (country == null && a.articleCountry())
                fallbacks.add(new CountryFallback(out.size() - 1, !a.standsAlone() && !openedByHead(a.phrase()), a.phrase()));
            if (country != null) {
                PersonCueFinder.Span span = names.nameAfter(sm, end);
                if (span != null && span.firstNameKnown()) {
                    emitBetween(s, end, span.start());
                    return person(s, span, code, country, a.sector(), a.role(), "cue", a.rule()).endToken();
                }
            }
            return am.endToken();
        }

        int cue(AnalyzedSentence s, PhraseIndex.Match m, String sector, String role, String rule) {
            List<Token> toks = s.tokens();
            int p = m.end();
            String country = nisbaAt(toks, p);
            if (country != null) {
                emitNisba(s, p, country);
                p++;
            }
            PersonCueFinder.Span span = names.nameAfter(sm, p);
            if (span == null) return p;
            emitBetween(s, p, span.start());
            return person(s, span, country == null ? null : ActorCodes.compose(country, sector), country, sector, role, "cue", rule).endToken();
        }

        /** A person whose name spans {@code span}: a lexicon person, an article person (variant) or a new local one. */
        ActorMention person(AnalyzedSentence s, PersonCueFinder.Span span, String code, String country, String sector,
                            String role, String resolution, String rule) {
            return person(s, span, code, country, sector, role, resolution, rule, firstSegmentation(s.tokens().get(span.start())));
        }

        ActorMention person(AnalyzedSentence s, PersonCueFinder.Span span, String code, String country, String sector,
                            String role, String resolution, String rule, Segmentation seg) {
            List<Token> toks = s.tokens();
            List<String> keys = wordKeys(toks, span.start(), span.end(), seg);
            // apposition: "X ، المفتش العام للقوات المسلحة الملكية"
            String[] app = apposition(toks, span.end());
            if (app != null && (code == null || country == null || country.equals(app[1]))) {
                code = app[0];
                country = app[1];
                sector = app[2];
                if (role == null) role = app[3];
            }
            ArticlePersons.Person p = persons.byName(keys);
            String how = resolution;
            if (p == null) {
                ActorEntry known = lexiconPerson(keys);
                if (known != null) {
                    DatedRole r = known.roleAt(date);
                    p = new ArticlePersons.Person(known.id(), known.name(), keys, r != null ? r.code() : known.country(),
                            r != null && r.country() != null ? r.country() : known.country(), r != null ? r.sector() : null,
                            role != null ? role : r != null ? r.title() : null, known.rule());
                    how = "variant";
                } else {
                    String name = s.sentence().text().isEmpty() ? "" : doc.text().substring(toks.get(span.start()).start(), toks.get(span.end() - 1).end());
                    p = new ArticlePersons.Person(persons.nextLocalId(), name, keys, code, country, sector, role, rule);
                }
                persons.add(p);
            } else {
                how = "variant";
                persons.mentioned(p);
            }
            int[] sp = toks.get(span.start()).stemSpan(seg);
            ActorMention am = emit(s, sp[0], toks.get(span.end() - 1).end(), span.start(), span.end(), p.entity(), "PERSON", p.name(),
                    p.code(), p.country(), p.sector(), how, p.rule(), p.role());
            return am;
        }

        /** After a name: "، <cue or agent> <organisation|country|nisba>" gives {code, country, sector, role}. */
        String[] apposition(List<Token> toks, int e) {
            if (e >= toks.size() || !(toks.get(e).norm().equals("،") || toks.get(e).norm().equals(","))) return null;
            if (e + 1 >= toks.size()) return null;
            PhraseIndex.Match c = sm.at(e + 1);
            if (c == null) return null;
            String sector, role;
            if (c.best() instanceof LexEntry.Cue cue) { sector = cue.sector(); role = cue.role(); }
            else if (c.best() instanceof LexEntry.Agent ag) { sector = ag.sector(); role = ag.role(); }
            else return null;
            for (int k = c.end(); k < Math.min(toks.size(), c.end() + 3); k++) {
                if (!toks.get(k).isWord()) break;
                PhraseIndex.Match o = sm.at(k);
                if (o == null) continue;
                if (o.best() instanceof LexEntry.Named n) {
                    ActorEntry a = n.actor();
                    if (a.type().equals("PERSON") || a.country() == null) return null;
                    if (a.sector() != null) return new String[] {a.code(), a.country(), a.sector(), role};
                    return new String[] {ActorCodes.compose(a.country(), sector), a.country(), sector, role};
                }
                if (o.best() instanceof LexEntry.Nisba ni) return new String[] {ActorCodes.compose(ni.country(), sector), ni.country(), sector, role};
            }
            return null;
        }

        ActorEntry lexiconPerson(List<String> keys) {
            List<ActorEntry> exact = lex.personsByNameKey(String.join(" ", keys));
            if (!exact.isEmpty()) return exact.get(0);
            if (keys.size() < 2) return null;
            // (same number of words: every word must be a variant, and variants differ in length by one at most)
            List<String> other = lex.personNameVariant(keys);
            return other == null ? null : lex.personsByNameKey(String.join(" ", other)).get(0);
        }

        /**
         * An organisation named by a head noun and what follows: for heads that belong to the name (وزارة
         * الخارجية الأمريكية) definite words, nisbas and places; for heads that only announce one (شركة توتال،
         * نادي الزمالك) one or two name words, the head left out of the span.
         */
        int orgHead(AnalyzedSentence s, PhraseIndex.Match m, LexEntry.OrgHead h) {
            List<Token> toks = s.tokens();
            int quoted = quotedName(toks, m.end());
            if (quoted > 0) {
                Token first = toks.get(m.end() + 1), last = toks.get(quoted - 2);
                String key = doc.normalized().text().substring(first.normStart(), last.normStart() + last.norm().length());
                emit(s, first.start(), last.end(), m.end() + 1, quoted - 1, "local:org:" + key, h.type(),
                        doc.text().substring(first.start(), last.end()), null, null, h.sector(), "pattern", h.rule(), null);
                return quoted;
            }
            OrgNameFinder.Extent x = orgNames.extent(sm, m, h);
            if (x.knownOrg() != null) return named(s, x.knownOrg(), (LexEntry.Named) x.knownOrg().best());
            int end = x.end(), words = x.words();
            String country = x.country();
            if (words == 0) return m.end();
            String code = country == null ? null : ActorCodes.compose(country, h.sector());
            int nameFirst = h.partOfName() ? m.first() : m.end();
            Token first = toks.get(nameFirst);
            String key = doc.normalized().text().substring(first.normStart(), toks.get(end - 1).normStart() + toks.get(end - 1).norm().length());
            String how = h.descriptive() || x.descriptive() ? "agent" : "pattern";
            if (h.partOfName()) {
                emitMatch(s, m, end, "local:org:" + key, h.type(), null, code, country, h.sector(), how, h.rule(), null);
                if (country == null && h.articleCountry()) fallbacks.add(new CountryFallback(out.size() - 1, false, null));
            } else {
                Segmentation seg = first.segmentations().get(0);
                int[] sp = first.stemSpan(seg);
                emit(s, sp[0], toks.get(end - 1).end(), nameFirst, end, "local:org:" + key, h.type(),
                        doc.text().substring(sp[0], toks.get(end - 1).end()), code, country, h.sector(), how, h.rule(), null);
            }
            if (country != null) countryNamed(country);
            return end;
        }

        /** A name in quotes right after a head (شركة « إل جي »): the token index after the closing quote, or -1. */
        int quotedName(List<Token> toks, int k) {
            if (k >= toks.size() || !isQuote(toks.get(k).norm())) return -1;
            for (int j = k + 1; j < Math.min(toks.size(), k + 7); j++) {
                if (isQuote(toks.get(j).norm())) return j > k + 1 ? j + 1 : -1;
                if (!toks.get(j).isWord() && toks.get(j).kind() != org.rasd.core.text.TokenKind.NUMBER) return -1;
            }
            return -1;
        }

        boolean isQuote(String p) { return p.equals("\"") || p.equals("«") || p.equals("»") || p.equals("“") || p.equals("”") || p.equals("'"); }

        int reference(AnalyzedSentence s, PhraseIndex.Match m, LexEntry.Reference r) {
            List<Token> toks = s.tokens();
            switch (r.kind()) {
                case "kingdom" -> {
                    if (nisbaAt(toks, m.end()) != null) return m.end(); // المملكة المغربية is a country name
                    pending.add(() -> {
                        String k = kingdom();
                        if (k != null) emitMatch(s, m, m.end(), k, "COUNTRY", lex.country(k).name(), k, k, null, "anaphora", r.rule(), null);
                    });
                    return m.end();
                }
                case "same-head" -> {
                    int led = ledBy(s, m, m, null);
                    if (led > 0) return led;
                    ActorEntry o = lastOrgByHead.get(headKey(m));
                    if (o == null) return m.end();
                    return emitMatch(s, m, m.end(), o.id(), o.type(), o.name(), o.code(), o.country(), o.sector(), "anaphora", r.rule(), null).endToken();
                }
                case "two-countries" -> {
                    if (countryOrder.size() >= 2) {
                        for (String c : lastTwoCountries())
                            emitMatch(s, m, m.end(), c, "COUNTRY", lex.country(c).name(), c, c, null, "anaphora", r.rule(), null);
                    }
                    return m.end();
                }
                default -> {
                    String role = r.kind().substring("role:".length());
                    PersonCueFinder.Span span = names.nameAfter(sm, m.end());
                    if (span != null && span.firstNameKnown()) return person(s, span, null, null, null, role, "cue", r.rule()).endToken();
                    ArticlePersons.Person p = persons.lastWithRole(role);
                    if (p == null) return m.end();
                    persons.mentioned(p);
                    return emitMatch(s, m, m.end(), p.entity(), "PERSON", p.name(), p.code(), p.country(), p.sector(), "anaphora", r.rule(), p.role()).endToken();
                }
            }
        }

        // ---- helpers ---------------------------------------------------------------------------------

        /** Named actors between a cue and its name (الأمين العام للأمم المتحدة كوفي أنان) are mentions too. */
        void emitBetween(AnalyzedSentence s, int from, int to) {
            int k = from;
            while (k < to) {
                PhraseIndex.Match m = sm.at(k);
                if (m != null && m.end() <= to && m.best() instanceof LexEntry.Named n) { named(s, m, n); k = m.end(); }
                else if (m != null && m.end() <= to && m.best() instanceof LexEntry.Nisba ni) {
                    emitMatch(s, m, m.end(), ni.country(), "COUNTRY", lex.country(ni.country()).name(), ni.country(), ni.country(), null, "nisba", ni.rule(), null);
                    countryNamed(ni.country());
                    k = m.end();
                } else k++;
            }
        }

        String nisbaAt(List<Token> toks, int k) {
            if (k >= toks.size()) return null;
            PhraseIndex.Match n = sm.at(k);
            if (n != null && n.end() == k + 1 && n.best() instanceof LexEntry.Nisba ni) return ni.country();
            return null;
        }

        void emitNisba(AnalyzedSentence s, int k, String country) {
            PhraseIndex.Match n = sm.at(k);
            emitMatch(s, n, n.end(), country, "COUNTRY", lex.country(country).name(), country, country, null, "nisba", n.best().rule(), null);
            countryNamed(country);
        }

        void countryNamed(String c) {
            countryOrder.add(c);
            countryCount.merge(c, 1, Integer::sum);
        }

        List<String> lastTwoCountries() {
            List<String> two = new ArrayList<>(2);
            for (int k = countryOrder.size() - 1; k >= 0 && two.size() < 2; k--)
                if (!two.contains(countryOrder.get(k))) two.add(countryOrder.get(k));
            return two.size() == 2 ? two : List.of();
        }

        /** The kingdom the article is about: the kingdom it names most (first named on a tie). */
        String kingdom() {
            String best = null;
            int bestCount = 0;
            for (String c : countryOrder) {
                int cnt = countryCount.get(c);
                if (lex.isKingdom(c) && cnt > bestCount) { best = c; bestCount = cnt; }
            }
            return best;
        }

        void resolvePending() {
            for (Runnable r : pending) r.run();
            if (fallbacks.isEmpty()) return;
            String country = articleCountry();
            boolean dropped = false;
            for (CountryFallback f : fallbacks) {
                ActorMention am = out.get(f.index());
                if (country != null) {
                    Mention x = am.mention();
                    String name = f.phrase() == null ? x.name() : lex.country(country).name() + " " + f.phrase();
                    out.set(f.index(), new ActorMention(new Mention(x.start(), x.end(), x.text(), x.sentence(),
                            f.phrase() == null ? x.entity() : ActorCodes.compose(country, x.sector()), x.type(), name,
                            ActorCodes.compose(country, x.sector()), country, x.sector(), x.resolution(), x.rule()),
                            am.firstToken(), am.endToken(), am.role()));
                } else if (f.dropUnresolved()) {
                    out.set(f.index(), null);
                    dropped = true;
                }
            }
            if (dropped) out.removeIf(java.util.Objects::isNull);
        }

        /**
         * The article's country, for state agents it writes with no country: the one country its mentions have (countries,
         * demonyms, cities, capitals, persons and bodies of a country), at least twice; null when they have none, several,
         * or one only once. Mentions that themselves wait for the article's country have none yet and do not count.
         */
        String articleCountry() {
            String only = null;
            int times = 0;
            for (ActorMention am : out) {
                String c = am == null ? null : am.mention().country();
                if (c == null) continue;
                if (only != null && !c.equals(only)) return null;
                only = c;
                times++;
            }
            return times >= 2 ? only : null; // one place named once may be a misreading (لحج in للحج) or an aside
        }

        /**
         * An indefinite agent followed by a named organisation or group in construct (قوات التحالف العربي، طائرات التحالف،
         * ميليشيات الحوثي، عناصر داعش) stands for that organisation: one mention over both, with the organisation's
         * identity and code (its sector, or the agent's when it has none). Returns the token after it, or -1.
         */
        int ownedBy(AnalyzedSentence s, PhraseIndex.Match m, LexEntry.Agent a) {
            int k = m.end();
            if (k >= s.tokens().size()) return -1;
            PhraseIndex.Match c = sm.at(k);
            if (c == null || !(c.segmentation().isWhole() || c.segmentation().proclitics().equals("ال"))) return -1;
            ActorEntry o = null;
            LexEntry.Named inner = null;
            for (LexEntry e : c.entries()) {
                if (e instanceof LexEntry.Named n && isBody(n.actor())) {
                    o = n.actor();
                    inner = n;
                    if (c.end() - c.first() > 1) lastOrgByHead.put(headKey(c), o);
                    break;
                }
                if (e instanceof LexEntry.Reference r && r.kind().equals("same-head")) {
                    int led = ledBy(s, m, c, a);
                    if (led > 0) return led;
                    o = lastOrgByHead.get(headKey(c));
                    break;
                }
            }
            if (c.best() instanceof LexEntry.Named n && !isBody(n.actor())) return -1;
            if (o == null) return -1;
            String sector = o.sector() != null ? o.sector() : a.sector();
            String code = o.sector() != null || o.country() == null ? o.code() : ActorCodes.compose(o.country(), sector);
            ActorMention am = emitMatch(s, m, c.end(), o.id(), o.type(), o.name(), code, o.country(), sector, "agent", a.rule(), a.role());
            // the named body is a mention of its own, inside the agent's span (and its own nisba after it is no other actor)
            int after = inner != null ? named(s, c, inner) : c.end();
            return Math.max(am.endToken(), after);
        }

        /** An agent phrase whose first word opens organisation names (مجلس الوزراء، وزارة الداخلية): without a country it is still a body. */
        boolean openedByHead(String phrase) {
            int sp = phrase.indexOf(' ');
            if (sp < 0) return false;
            for (LexEntry e : lex.index().lookup(phrase.substring(0, sp))) if (e instanceof LexEntry.OrgHead) return true;
            return false;
        }

        /** A phrase that is determined: definite (الحكومة) or in construct with a definite word (وزارة الداخلية، حرس الحدود). */
        boolean determined(String phrase) {
            return phrase.startsWith("ال") || phrase.indexOf(' ') > 0 && phrase.substring(phrase.lastIndexOf(' ') + 1).startsWith("ال");
        }

        /**
         * A coalition or alliance said to be led by a country (التحالف بقيادة السعودية، قوات التحالف الذي تقوده الولايات
         * المتحدة): the leader's armed forces, one mention from {@code from} over the leader's name (the country is a mention
         * of its own too). {@code head} is the reference word (التحالف); returns the token after the country, or -1.
         */
        int ledBy(AnalyzedSentence s, PhraseIndex.Match from, PhraseIndex.Match head, LexEntry.Agent agent) {
            List<Token> toks = s.tokens();
            int k = head.end();
            if (k < toks.size() && toks.get(k).norm().equals("،")) k++;
            if (k + 1 >= toks.size()) return -1;
            String w = toks.get(k).norm();
            if (lex.inList("led-by", w)) k++; // بقيادة السعودية
            else if ((w.equals("الذي") || w.equals("التي")) && lex.inList("led-by", toks.get(k + 1).norm())) k += 2; // الذي تقوده
            else return -1;
            if (k >= toks.size()) return -1;
            PhraseIndex.Match c = sm.at(k);
            if (c == null || !(c.segmentation().isWhole() || c.segmentation().proclitics().equals("ال"))) return -1;
            String leader = null;
            if (c.best() instanceof LexEntry.Named n && (n.actor().type().equals("COUNTRY") || n.actor().id().startsWith("capital:"))) leader = n.actor().country();
            else if (c.best() instanceof LexEntry.Reference r && r.kind().equals("kingdom")) leader = kingdom();
            if (leader == null) return -1;
            String code = ActorCodes.compose(leader, "MIL");
            Token last = toks.get(c.end() - 1);
            String key = doc.normalized().text().substring(toks.get(head.first()).normStart(), last.normStart() + last.norm().length());
            emitMatch(s, from, c.end(), "local:org:" + key, "GROUP", null, code, leader, "MIL", "agent",
                    agent != null ? agent.rule() : ((LexEntry) head.best()).rule(), null);
            emitMatch(s, c, c.end(), leader, "COUNTRY", lex.country(leader).name(), leader, leader, null, "lexicon", c.best().rule(), null);
            countryNamed(leader);
            return c.end();
        }

        boolean isBody(ActorEntry a) { return a.type().equals("ORG") || a.type().equals("IGO") || a.type().equals("GROUP"); }

        /** The first word of a match with its article: التحالف in التحالف العربي. */
        String headKey(PhraseIndex.Match m) { return (m.segmentation().hasArticle() ? "ال" : "") + m.segmentation().stem(); }

        List<String> wordKeys(List<Token> toks, int from, int to, Segmentation firstSeg) {
            List<String> keys = new ArrayList<>(to - from);
            for (int k = from; k < to; k++) {
                String w = k == from ? firstSeg.stem() : toks.get(k).norm();
                keys.add(NameVariantKey.of(w));
            }
            return keys;
        }

        Segmentation firstSegmentation(Token t) {
            // a name's first word may carry و / ل / ب (ولفاروق): keep the reading that leaves a known first name
            for (Segmentation seg : t.segmentations())
                if (seg.enclitic().isEmpty() && !seg.hasArticle() && lex.inList("first-names", seg.stem())) return seg;
            return t.segmentations().get(0);
        }

        ActorMention emitMatch(AnalyzedSentence s, PhraseIndex.Match m, int endToken, String entity, String type, String name,
                               String code, String country, String sector, String resolution, String rule, String role) {
            List<Token> toks = s.tokens();
            Token first = toks.get(m.first());
            Segmentation seg = m.segmentation();
            String pro = seg.proclitics();
            int k = pro.endsWith("ال") ? pro.length() - 2 : seg.stemStart();
            int start = first.originalOffset(k);
            int end = toks.get(endToken - 1).end();
            return emit(s, start, end, m.first(), endToken, entity, type, name == null ? doc.text().substring(start, end) : name,
                    code, country, sector, resolution, rule, role);
        }

        ActorMention emit(AnalyzedSentence s, int start, int end, int firstToken, int endToken, String entity, String type,
                          String name, String code, String country, String sector, String resolution, String rule, String role) {
            Mention mention = new Mention(start, end, doc.text().substring(start, end), s.index(), entity, type, name, code,
                    country, sector, resolution, rule);
            ActorMention am = new ActorMention(mention, firstToken, endToken, role);
            out.add(am);
            if (type.equals("PERSON")) lastPersonEnd = endToken;
            covered = Math.max(covered, endToken);
            return am;
        }
    }
}
