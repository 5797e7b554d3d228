package org.rasd.core.event;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Fills a trigger's frame from word order. Verb-first clause: the first bare mention after the verb is the
 * subject, the next bare mention the object. Subject-first: the nearest bare mention before the verb in its
 * clause. Verbal nouns: the bare mention right after the noun is its genitive; the subject of the clause
 * (nearest bare mention before) stands for the noun's actor. Prepositional slots take the first mention
 * after the trigger governed by that preposition. Passives have no subject actor (only من قبل / على يد);
 * their grammatical subject is the recipient. After a verb of receiving (يحظى بـ، تلقى) the clause subject
 * is the recipient. Coordinated mentions fill a role together.
 */
public final class FrameFiller {
    static final int WINDOW = 10;
    private final PhraseSets cues;
    private final PhraseSets classes;

    public FrameFiller(PhraseSets cues, PhraseSets classes) {
        this.cues = cues;
        this.classes = classes;
    }

    public Roles fill(SentenceView s, List<Clause> clauses, TriggerMatch t) {
        Clause c = ClauseSplitter.clauseOf(clauses, t.first());
        Frame f = t.entry().frame();
        Set<Integer> used = new HashSet<>();
        List<String> notes = new ArrayList<>();
        double penalty = 0;
        boolean passive = t.form() == VerbForm.PASSIVE || countedVictims(s, c, t, classes);
        boolean received = !t.isVerb() && receivedAt(s, c, t);

        List<SentenceView.Placed> actor = List.of();
        String actorSlot = "";
        List<SentenceView.Placed> possessor = t.isVerb() ? List.of() : possessor(s, t);
        if (!possessor.isEmpty() && f.actorSlots().contains("gen")) {
            // هجماتها، اعتداءاته: the possessive pronoun on the event noun is its genitive, naming the actor
            actor = possessor;
            actorSlot = "gen(pronoun)";
            notes.add("a possessive pronoun on the event noun refers to the last party named before it");
        }
        if (actor.isEmpty() && !t.isVerb()) {
            List<SentenceView.Placed> doer = performer(s, c, t, used);
            if (!doer.isEmpty()) { actor = doer; actorSlot = "subj(قام بـ)"; notes.add("قام X بـ + the event noun: X is its actor"); }
        }
        List<SentenceView.Placed> destination = List.of();
        for (String slot : actor.isEmpty() ? (passive ? List.of("by") : f.actorSlots()) : List.<String>of()) {
            List<SentenceView.Placed> g = find(s, c, t, slot, used, true);
            if (!g.isEmpty() && slot.equals("gen") && destinationGenitive(s, t, g)) {
                // زيارة إيران، لزيارة محافظة عدن: the place after a noun of going is where one goes, not who goes
                destination = g;
                mark(g, used);
                notes.add("the place after a noun of going is its destination");
                continue;
            }
            if (!g.isEmpty()) { actor = g; actorSlot = slot; break; }
        }
        if (passive) notes.add(t.form() == VerbForm.PASSIVE ? "passive: the actor is only given by من قبل / على يد" : "a count follows the verb: passive reading (victims)");
        if (received && !actor.isEmpty() && actorSlot.equals("subj")) {
            notes.add("after a verb of receiving, the clause subject receives");
            List<SentenceView.Placed> rec = actor;
            mark(rec, used);
            // حصلت اليونان على تمويل من الاتحاد الأوروبي: the giver follows من
            actor = find(s, c, t, "من", used, true);
            actorSlot = actor.isEmpty() ? "" : "من(giver)";
            return new Roles(actor, actorSlot, rec, "subj(receiver)", actor.isEmpty() ? 0.1 : 0, notes);
        }
        mark(actor, used);
        List<SentenceView.Placed> recipient = List.of();
        String recipientSlot = "";
        List<String> rslots = new ArrayList<>(f.recipientSlots());
        if (passive) rslots.add(0, "subj");
        if (!possessor.isEmpty() && actorSlot.isEmpty() && f.recipientSlots().contains("gen")) {
            // مقتله، اغتياله: the pronoun names the victim
            recipient = possessor;
            recipientSlot = "gen(pronoun)";
            rslots.clear();
        }
        if (!destination.isEmpty()) {
            recipient = destination;
            recipientSlot = "gen(destination)";
            rslots.clear();
        }
        for (String slot : rslots) {
            List<SentenceView.Placed> g = find(s, c, t, slot, used, false);
            if (!g.isEmpty()) { recipient = g; recipientSlot = slot; break; }
        }
        if (recipientSlot.equals("بين") && actor.isEmpty() && recipient.size() >= 2) {
            actor = List.of(recipient.get(0));
            recipient = recipient.subList(1, recipient.size());
            actorSlot = "بين";
            notes.add("بين X و Y: both sides");
        }
        if (actor.isEmpty() && !passive && t.isVerb() && f.actorSlots().contains("subj") && coordinatedVerb(t)) {
            // قامت قوة من الشرطة بمداهمة ... واعتدت على المصلين: a verb joined by و / ف shares its clause's subject
            SentenceView.Placed p = lastBare(s, c.first(), t.first(), used);
            if (p != null && !isPlace(p)) { actor = s.group(p.group()); actorSlot = "subj(coordinated verb)"; penalty += 0.1; notes.add("a coordinated verb shares the subject of its clause"); }
        }
        if (actor.isEmpty() && !passive && t.isVerb() && f.actorSlots().contains("subj")) {
            List<SentenceView.Placed> g = earlierSubject(s, clauses, c, t, used);
            if (!g.isEmpty()) { actor = g; actorSlot = "subj(previous clause)"; penalty += 0.15; notes.add("actor taken from an earlier clause"); }
        }
        if (actor.isEmpty() && recipient.isEmpty() && t.entry().symmetric()) {
            List<SentenceView.Placed> pair = coordinatedPair(s);
            if (!pair.isEmpty()) { actor = pair; actorSlot = "pair of the sentence"; penalty += 0.2; notes.add("no argument: the sentence's coordinated pair (البلدين، X و Y)"); }
        }
        if (!t.entry().anchor() && !actor.isEmpty() && actor.stream().allMatch(p -> placeWithNoSector(p) && !peopleOfPlace(s, p))) {
            // مطار عدن لاستقبال المساعدات، التنسيق في الفلوجة: a city or region with no sector is where something
            // happens, not who acts (a capital that stands for its government has a sector: باريس → FRAGOV); an
            // occurrence (an attack, a demonstration) keeps it: its people stand for the place (خرجت غزة); so does a
            // place after a word of its people or rulers (عشائر الأنبار، أمير القصيم، أبناء عدن: class place-people)
            notes.add("a city or region with no sector is no actor (" + actor.get(0).mention().text() + ")");
            actor = List.of();
            actorSlot = "";
        }
        if (actor.isEmpty()) penalty += 0.15;
        if (recipient.isEmpty() && !f.recipientSlots().isEmpty()) penalty += 0.05;
        return new Roles(actor, actorSlot, recipient, recipientSlot, penalty, notes);
    }

    /** The last group of two or more parties in the sentence, or empty. */
    private static List<SentenceView.Placed> coordinatedPair(SentenceView s) {
        List<SentenceView.Placed> best = List.of();
        for (SentenceView.Placed p : s.mentions()) {
            List<SentenceView.Placed> g = s.group(p.group());
            if (g.size() >= 2 && !g.get(0).adjective()) best = g;
        }
        return best;
    }

    /** A subject stands close before its verb (at most three words between, e.g. a title or an adjective). */
    private static boolean closeBefore(SentenceView s, int from, int to) {
        return to - from <= 3;
    }

    /**
     * Whether a mention before a verb can be its subject (subject-first order). Not when the verb is joined by و / ف
     * (قتل مسلحون جنودا عراقيين امس، وأدانت الحكومة الأردنية الهجوم: X وفعل — X ends the previous clause; a coordinated
     * verb with no subject after it shares its clause's, see {@code coordinatedVerb}); and, for a verb carrying an
     * object pronoun, only right before it (في هجوم شنه مسلحون: the pronoun takes up the noun before, the subject
     * follows the verb; الجيش قصفها stays subject-first).
     */
    private static boolean subjectFirst(SentenceView s, SentenceView.Placed before, TriggerMatch t) {
        if (coordinatedVerb(t)) return false;
        return t.enclitic().isEmpty() || before.last() + 1 == t.first();
    }

    /**
     * Whether a verb takes no subject written after it: it carries a dual or plural suffix ({@link SubjectAgreement}:
     * وأشادتا، يؤيدون), or it is a headline's or a sentence-opening topic's imperfect (القيادة تهنئ رئيس كولومبيا، البابا
     * يحث الأمم المتحدة): an imperfect with no clitic within the first five words of its sentence, after words none of
     * which is punctuation, a particle, a preposition or a time word (class {@code not-subject} or {@code verb-particle}).
     * A party after such a verb is its object.
     */
    private boolean noSubjectAfter(SentenceView s, TriggerMatch t) {
        if (SubjectAgreement.pluralSubject(t)) return true;
        if (t.form() != VerbForm.IMPERFECT || t.first() == 0 || t.first() > 4 || !t.proclitics().isEmpty() || !t.enclitic().isEmpty()) return false;
        for (int k = 0; k < t.first(); k++) {
            if (!s.token(k).isWord() || Frame.preposition(s.norm(k)) != null || classes.at(s, k, "not-subject") || classes.at(s, k, "verb-particle")) return false;
        }
        return true;
    }

    /**
     * Whether a party after a verb stands inside the verb's prepositional complement: for a frame with a بـ slot, a
     * word carrying the clitic بـ stands between the verb and it (وأشاد معاليه بدور المملكة:
     * the Kingdom is a genitive in the complement, not the subject).
     */
    private static boolean insideComplement(SentenceView s, TriggerMatch t, int from, int to) {
        if (!t.entry().frame().recipientSlots().contains("ب")) return false;
        for (int k = from; k < to; k++) {
            if (s.mentionAt(k) != null || !s.token(k).isWord() || s.norm(k).length() < 4) continue;
            for (org.rasd.core.text.Segmentation g : s.segmentations(k)) {
                String pro = g.proclitics();
                if (pro.startsWith("و") || pro.startsWith("ف")) pro = pro.substring(1);
                if (pro.startsWith("ب") && g.stem().length() >= 3) return true;
            }
        }
        return false;
    }

    /**
     * Whether a verbal noun's genitive names where one goes: the noun is of class {@code destination-noun} (زيارة، جولة)
     * and the genitive a city, a region or a country by name (not a nisba adjective: زيارة الوزير الإيراني keeps the
     * visitor).
     */
    private boolean destinationGenitive(SentenceView s, TriggerMatch t, List<SentenceView.Placed> g) {
        org.rasd.core.model.Mention m = g.get(0).mention();
        String type = String.valueOf(m.type());
        boolean place = type.equals("CITY") || type.equals("REGION") || type.equals("COUNTRY") && !"nisba".equals(m.resolution());
        return place && !g.get(0).adjective() && classes.at(s, t.first(), "destination-noun");
    }

    /** The genitive (or relational adjective) right after a verbal noun: المساعدة الأمريكية → the United States. */
    public List<SentenceView.Placed> genitive(SentenceView s, List<Clause> clauses, TriggerMatch t) {
        return find(s, ClauseSplitter.clauseOf(clauses, t.first()), t, "gen", Set.of(), true);
    }

    /**
     * An unvocalised perfect that also reads as a passive (قتل = killed / was killed) is passive when a count
     * follows it before any mention: وقتل 4 جنود → four soldiers were killed.
     */
    private static boolean countedVictims(SentenceView s, Clause c, TriggerMatch t, PhraseSets classes) {
        if (t.form() != VerbForm.PERFECT || !t.entry().frame().actorSlots().contains("by")) return false;
        for (int k = t.last() + 1; k < Math.min(c.end(), t.last() + 5); k++) {
            if (s.mentionAt(k) != null) return false;
            if (s.token(k).kind() == org.rasd.core.text.TokenKind.NUMBER || classes.at(s, k, "count")) return true;
        }
        return false;
    }

    private boolean receivedAt(SentenceView s, Clause c, TriggerMatch t) {
        int from = Math.max(c.first(), t.first() - 3);
        return cues.find(s, from, t.first(), "receive") >= 0;
    }

    private static void mark(List<SentenceView.Placed> g, Set<Integer> used) {
        for (SentenceView.Placed p : g) used.add(p.first());
    }

    /**
     * A person's name right after a title or institution of the same country names the same party
     * (خادم الحرمين الشريفين الملك سلمان، الرئيس المصري عبد الفتاح السيسي): an apposition, not the object.
     */
    static boolean apposition(SentenceView.Placed head, SentenceView.Placed next) {
        return !"PERSON".equals(head.mention().type()) && "PERSON".equals(next.mention().type()) && next.preposition().isEmpty()
                && head.mention().country() != null && head.mention().country().equals(next.mention().country());
    }

    private List<SentenceView.Placed> find(SentenceView s, Clause c, TriggerMatch t, String slot, Set<Integer> used, boolean actorRole) {
        int after = t.last() + 1;
        int limit = Math.min(c.end(), after + WINDOW);
        switch (slot) {
            case "subj": {
                // subject-first inside the clause (after a complementiser, or a topic): the nearest bare mention before
                SentenceView.Placed before = lastBare(s, Math.max(c.first(), t.first() - (t.isVerb() ? WINDOW : 6)), t.first(), used);
                if (t.isVerb()) {
                    if (before != null && closeBefore(s, before.last() + 1, t.first()) && subjectFirst(s, before, t)) return s.group(before.group());
                    // verb-first: the first bare mention after the verb (a person after a feminine verb is its object);
                    // none after a verb that agrees with a subject before it or in its suffix (see noSubjectAfter)
                    SentenceView.Placed p = firstBare(s, after, clauseStop(s, after, Math.min(limit, after + 6)), used);
                    if (p != null && (noSubjectAfter(s, t) || actorRole && insideComplement(s, t, after, p.first()))) p = null;
                    // a city or region after the verb is where it happened or its object (قصف حي بابا عمرو، استهدف
                    // ... بمدينة الشيخ زويد شمال سيناء), not its subject; a capital that stands for its government has a
                    // sector (ودعت باريس طهران: FRAGOV) and stays one
                    if (p != null && !(actorRole && "PERSON".equals(p.mention().type()) && feminine(s, t)) && !(actorRole && isPlace(p) && p.mention().sector() == null)) return s.group(p.group());
                }
                if (before != null && actorRole && t.isVerb() && coordinatedVerb(t)) before = subjectOfChain(s, c, before, used);
                return before == null ? List.of() : s.group(before.group());
            }
            case "obj": {
                SentenceView.Placed first = firstBare(s, after, limit, Set.of());
                if (first == null) return List.of();
                if (!used.contains(first.first())) return s.group(first.group());
                int next = s.group(first.group()).get(s.group(first.group()).size() - 1).last() + 1;
                // an apposition right after the actor, or after one title word (خادم الحرمين الشريفين الملك سلمان)
                SentenceView.Placed appos = s.mentionAt(next);
                if (appos == null && next + 1 < limit && !s.isPunct(next)) appos = s.mentionAt(next + 1);
                if (appos != null && appos.first() <= next + 1 && apposition(first, appos)) next = appos.last() + 1;
                SentenceView.Placed p = firstBare(s, next, limit, used);
                return p == null ? List.of() : s.group(p.group());
            }
            case "gen": {
                int i = after;
                // the genitive follows the noun directly, or after one adjective
                for (int k = i; k < Math.min(limit, i + 2); k++) {
                    SentenceView.Placed p = s.mentionAt(k);
                    if (p != null && (p.preposition().isEmpty() || p.adjective()) && !used.contains(p.first())) return s.group(p.group());
                    if (p != null || s.isPunct(k)) break;
                }
                return List.of();
            }
            case "gen2": {
                SentenceView.Placed p = firstBare(s, after, limit, used);
                return p == null ? List.of() : s.group(p.group());
            }
            case "by": {
                for (SentenceView.Placed p : s.mentions()) {
                    if (p.first() > t.last() && p.first() < limit && !used.contains(p.first())
                            && SentenceView.isAgentMarker(p.preposition())) return s.group(p.group());
                }
                return List.of();
            }
            case "any": {
                // an attack's recipient is read in the trigger's window, not the whole clause (a party named ten words
                // on acts elsewhere); aid names its recipient anywhere in its clause (وصلت الدفعة الثالثة من المعونة
                // الطبية ... إلى مدينة سيئون)
                int end = t.entry().cameo().startsWith("07") ? c.end() : limit;
                for (SentenceView.Placed p : s.mentions()) {
                    // an adjective of an attack noun (هجوم انتحاري) says who attacked, not who suffered; no news medium
                    // is a recipient (بحسب تعداد لوكالة الصحافة الفرنسية: a source, not a victim)
                    if (p.first() > t.last() && p.first() < end && !used.contains(p.first()) && !unknownArmedAdjective(p)
                            && !"MED".equals(p.mention().sector())) return s.group(p.group());
                }
                return List.of();
            }
            default: {
                for (SentenceView.Placed p : s.mentions()) {
                    if (p.first() > t.last() && p.first() < limit && !used.contains(p.first()) && p.preposition().equals(slot)) {
                        return s.group(p.group());
                    }
                }
                return List.of();
            }
        }
    }

    private static boolean unknownArmedAdjective(SentenceView.Placed p) {
        return p.adjective() && "UAF".equals(p.mention().sector()) && p.mention().country() == null;
    }

    /** A verb joined to what precedes it by و or ف (واعتدت، فقتلت). */
    private static boolean coordinatedVerb(TriggerMatch t) {
        return t.proclitics().startsWith("و") || t.proclitics().startsWith("ف");
    }

    /** A perfect verb in the third person feminine singular (قتلت، اعتدت): its subject is no man's name. */
    private static boolean feminine(SentenceView s, TriggerMatch t) {
        if (t.form() != VerbForm.PERFECT) return false;
        String lemma = org.rasd.core.text.ArabicNormalizer.normalizeString(t.entry().lemma().split("[|/]")[0].strip());
        return t.matched().endsWith("ت") && !lemma.endsWith("ت") && t.matched().length() == lemma.length() + 1;
    }

    /** A place right after a word of class {@code place-people} (عشائر، أمير، أهالي): the place names them. */
    private boolean peopleOfPlace(SentenceView s, SentenceView.Placed p) {
        return p.first() > 0 && classes.at(s, p.first() - 1, "place-people");
    }

    private static boolean placeWithNoSector(SentenceView.Placed p) {
        return isPlace(p) && p.mention().sector() == null;
    }

    private static boolean isPlace(SentenceView.Placed p) {
        String type = String.valueOf(p.mention().type());
        return type.equals("CITY") || type.equals("REGION");
    }

    /** The party a possessive pronoun on an event noun refers to: the last bare, non-place mention before it in the sentence. */
    private static List<SentenceView.Placed> possessor(SentenceView s, TriggerMatch t) {
        String e = t.enclitic();
        if (!(e.equals("ه") || e.equals("ها") || e.equals("هم") || e.equals("هما"))) return List.of();
        SentenceView.Placed best = null;
        for (SentenceView.Placed p : s.mentions()) {
            if (p.last() >= t.first()) break;
            if (p.preposition().isEmpty() && !isPlace(p)) best = p;
        }
        return best == null ? List.of() : s.group(best.group());
    }

    /**
     * قامت دبابة إسرائيلية بقصف المنزل: an event noun after بـ whose clause has قام (class perform) before it takes
     * قام's subject: the first bare mention between them, else the one right before قام.
     */
    private List<SentenceView.Placed> performer(SentenceView s, Clause c, TriggerMatch t, Set<Integer> used) {
        if (!t.proclitics().endsWith("ب")) return List.of();
        int k = classes.findLast(s, Math.max(c.first(), t.first() - 12), t.first(), "perform");
        if (k < 0) return List.of();
        SentenceView.Placed p = firstBare(s, k + 1, t.first(), used);
        if (p == null) {
            SentenceView.Placed b = lastBare(s, Math.max(c.first(), k - 4), k, used);
            if (b != null && closeBefore(s, b.last() + 1, k)) p = b;
        }
        return p == null || isPlace(p) ? List.of() : s.group(p.group());
    }

    /**
     * The end of a verb's subject window: the first comma, full stop, colon or semicolon in [from, to), else {@code to}.
     * A subject after its verb comes before them (عقد الاثنين الماضي، أجبروا اليونان: Greece is no subject of عقد).
     */
    private static int clauseStop(SentenceView s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (s.isPunct(k) && STOPS.contains(s.norm(k))) return k;
        }
        return to;
    }

    private static final Set<String> STOPS = Set.of("،", ",", ".", ":", "؛", ";");

    private static SentenceView.Placed firstBare(SentenceView s, int from, int to, Set<Integer> used) {
        for (SentenceView.Placed p : s.mentions()) {
            if (p.first() >= from && p.first() < to && p.preposition().isEmpty() && !used.contains(p.first())) return p;
        }
        return null;
    }

    /**
     * The subject a coordinated verb shares when the last bare party before it follows another closely (at most
     * three words, no punctuation between): the first of that chain, the earlier verb's subject, not its object
     * (هنأ الملك سلمان رئيسة ليتوانيا ...، وعقد جلسة مباحثات: the king held the talks; Arabic puts the subject before
     * the object in both orders).
     */
    private static SentenceView.Placed subjectOfChain(SentenceView s, Clause c, SentenceView.Placed last, Set<Integer> used) {
        SentenceView.Placed head = s.group(last.group()).get(0);
        while (true) {
            SentenceView.Placed prev = lastBare(s, Math.max(c.first(), head.first() - 4), head.first(), used);
            if (prev == null || prev.group() == head.group()) return head;
            int end = s.group(prev.group()).get(s.group(prev.group()).size() - 1).last();
            if (head.first() - end - 1 > 3) return head;
            for (int k = end + 1; k < head.first(); k++) if (s.isPunct(k)) return head;
            head = s.group(prev.group()).get(0);
        }
    }

    private static SentenceView.Placed lastBare(SentenceView s, int from, int to, Set<Integer> used) {
        SentenceView.Placed best = null;
        for (SentenceView.Placed p : s.mentions()) {
            if (p.first() >= from && p.last() < to && p.preposition().isEmpty() && !used.contains(p.first())) {
                // the head of a coordination group is its first member
                if (best == null || p.group() != best.group()) best = s.group(p.group()).get(0);
            }
        }
        return best;
    }

    private static List<SentenceView.Placed> earlierSubject(SentenceView s, List<Clause> clauses, Clause c, TriggerMatch t, Set<Integer> used) {
        for (int k = c.index() - 1; k >= 0; k--) {
            Clause p = clauses.get(k);
            SentenceView.Placed m = lastBare(s, p.first(), p.end(), used);
            if (m != null) return s.group(m.group());
        }
        return List.of();
    }
}
