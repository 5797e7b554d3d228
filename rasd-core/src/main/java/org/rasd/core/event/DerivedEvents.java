package org.rasd.core.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Events implied by others. A speaker who reports that a named party did something hostile (material
 * conflict, or military aid to a non-state armed group) also ACCUSEs that party (CAMEO 112, asserted: the
 * accusation itself is not in doubt). A speaker who asserts a party's culpability (تورط، مسؤولية،
 * ضلوع — cue {@code culpability}) ACCUSEs the party named right after it.
 */
public final class DerivedEvents {
    private static final Set<String> NON_STATE = Set.of("REB", "INS", "UAF", "SEP", "IMG", "TER");
    private final PhraseSets cues;
    private final CameoTable cameo;
    private final ModalityDetector modality;

    public DerivedEvents(PhraseSets cues, CameoTable cameo, ModalityDetector modality) {
        this.cues = cues;
        this.cameo = cameo;
        this.modality = modality;
    }

    /** Whether {@link #derive} can find anything in a sentence with no coded event: a culpability cue in it. */
    public boolean mayDeriveAlone(SentenceView s) {
        return cues.occurs(s, 0, s.size(), "culpability");
    }

    public List<CodedEvent> derive(SentenceView s, List<Clause> clauses, List<CodedEvent> coded, List<String> trace) {
        List<CodedEvent> out = new ArrayList<>();
        for (CodedEvent e : coded) {
            Modality m = e.modality();
            if (m.claimant().isEmpty() || e.actor().isEmpty() || "negated".equals(m.kind()) || "hypothetical".equals(m.kind())) continue;
            String speaker = m.claimant().get(0).mention().country();
            String accused = e.actor().get(0).mention().country();
            if (speaker == null || speaker.equals(accused) && same(m.claimant(), e.actor())) continue;
            boolean hostile = e.code().quadClass() == 4;
            boolean armsToGroup = e.code().code().startsWith("072") && !e.recipient().isEmpty()
                    && e.recipient().stream().allMatch(p -> p.mention().country() == null || NON_STATE.contains(String.valueOf(p.mention().sector()))
                        || "GROUP".equals(p.mention().type()));
            if (!hostile && !armsToGroup) continue;
            String code = hostile ? "1123" : "112";
            Modality asserted = new Modality("asserted", List.of(), 0, 0, "the speaker's accusation is asserted");
            out.add(new CodedEvent(e.trigger(), cameo.get(code), m.claimant(), e.actor(), asserted, Math.round((e.confidence() - 0.1) * 100) / 100.0,
                    "derived:accuse(" + (hostile ? "reports hostile act" : "reports military aid to an armed group") + ") from " + e.rule(), e.clause()));
            if (trace != null) trace.add("derived ACCUSE " + code + ": speaker reports " + e.code().category() + " by the accused");
        }
        // culpability: أكدت المملكة تورط إيران
        for (int i = cues.find(s, 0, s.size(), "culpability"); i >= 0; i = cues.find(s, i + 1, s.size(), "culpability")) {
            PhraseSets.Phrase p = cues.matchAt(s, i, "culpability");
            int after = i + p.words().length;
            SentenceView.Placed party = s.mentionAt(after);
            if (party == null || !party.preposition().isEmpty()) continue;
            TriggerMatch pseudo = new TriggerMatch(culpabilityEntry(p), i, after - 1, VerbForm.NOUN, "", "", p.text());
            Modality m = modality.detect(s, clauses, pseudo, null);
            if (m.claimant().isEmpty() || "negated".equals(m.kind())) continue;
            List<SentenceView.Placed> accused = s.group(party.group());
            if (same(m.claimant(), accused)) continue;
            Modality asserted = new Modality("asserted", List.of(), 0, 0, "the speaker asserts culpability");
            out.add(new CodedEvent(pseudo, cameo.get("112"), m.claimant(), accused, asserted, 0.7,
                    "derived:accuse(culpability '" + p.text() + "' " + p.where() + ")", ClauseSplitter.clauseOf(clauses, i)));
            if (trace != null) trace.add("derived ACCUSE 112: culpability '" + p.text() + "' of a named party in reported speech");
        }
        return out;
    }

    private TriggerEntry culpabilityEntry(PhraseSets.Phrase p) {
        return new TriggerEntry(p.where(), TriggerEntry.Kind.NOUN, p.text(), "112", new Frame(List.of("subj"), List.of("gen")),
                false, java.util.Map.of(), null, 0.7, false, false);
    }

    private static boolean same(List<SentenceView.Placed> a, List<SentenceView.Placed> b) {
        for (SentenceView.Placed x : a) for (SentenceView.Placed y : b) {
            if (x.mention().entity() != null && x.mention().entity().equals(y.mention().entity())) return true;
            if (x.mention().country() != null && x.mention().country().equals(y.mention().country())) return true;
        }
        return false;
    }
}
