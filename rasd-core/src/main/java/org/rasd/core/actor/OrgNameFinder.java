package org.rasd.core.actor;

import java.util.List;
import org.rasd.core.text.Token;

/**
 * The extent of an organisation's name opened by a head noun (org-heads.txt). For heads that belong to the name
 * (وزارة الخارجية الأمريكية، المجلس الاقتصادي والاجتماعي، الاتحاد الدولي للشرطة) the name runs over definite
 * words, coordinated definite words, agent words inside it, nisbas and places; for heads that only announce one
 * (شركة توتال، نادي الزمالك، شركة كونكو فيليبس) over one or two undetermined name words, or one definite word
 * not followed by another (a head, a definite word and a definite adjective or genitive describe: وكالة الأنباء
 * القطرية، شركة النفط الوطنية). It stops at a stop word, a modifier of the body
 * (org-name-stops.txt: السابق، التابع، الجديد) and a following head noun (a new name). A head that belongs to the
 * name before a known organisation (تنظيم القاعدة) joins that organisation. Pure; one instance per lexicon.
 */
final class OrgNameFinder {
    /** The most words a head noun's name runs over. */
    static final int MAX_WORDS = 6;

    /**
     * What follows a head: {@code end} (token after the name), {@code words} in it, its {@code country} or null, or a
     * {@code knownOrg} it opens.
     */
    record Extent(int end, int words, String country, PhraseIndex.Match knownOrg, boolean nisbaFirst) {
        /** A head and a demonym alone (الاتحاد الكويتي، الجامعة السورية) describe a body rather than name it. */
        boolean descriptive() { return nisbaFirst && words == 1; }
    }

    OrgNameFinder() {}

    Extent extent(SentenceMatches sm, PhraseIndex.Match head, LexEntry.OrgHead h) {
        List<Token> toks = sm.tokens();
        int end = head.end();
        String country = null;
        int words = 0;
        boolean nisbaFirst = false, firstDefinite = false;
        int max = h.partOfName() ? MAX_WORDS : 2;
        while (end < toks.size() && words < max) {
            Token t = toks.get(end);
            if (!t.isWord() || sm.is(end, WordClasses.ORG_STOP)) break; // name-stops and org-name-stops
            if (words == 0) firstDefinite = t.norm().startsWith("ال");
            // مؤسسة للسلام، بنك للعيون: a head takes its name by idafa; a لل complement right after it describes
            if (words == 0 && t.norm().startsWith("لل") && sm.at(end) == null) break;
            PhraseIndex.Match inner = sm.at(end);
            if (inner != null && words > 0 && inner.best() instanceof LexEntry.OrgHead) break; // a new name begins
            // الاتحاد الدولي للشرطة: a definite agent word inside a name already begun is one of its words
            if (inner != null && words > 0 && h.partOfName() && inner.best() instanceof LexEntry.Agent && inner.end() == end + 1
                    && (t.norm().startsWith("ال") || t.norm().startsWith("لل"))) inner = null;
            if (inner != null) {
                LexEntry ie = inner.best();
                if (ie instanceof LexEntry.Nisba ni && words == 0 && h.partOfName()) { country = ni.country(); end = inner.end(); words++; nisbaFirst = true; continue; }
                if (ie instanceof LexEntry.Nisba ni) { country = ni.country(); break; } // جامعة السوربون الفرنسية: the nisba says where, it is not the name
                // منظمة الأمم المتحدة، تنظيم القاعدة: a head before a known organisation belongs to its span
                if (ie instanceof LexEntry.Named n && words == 0 && h.partOfName() && isOrg(n.actor().type())
                        && (inner.segmentation().proclitics().isEmpty() || inner.segmentation().proclitics().equals("ال"))) {
                    return new Extent(inner.end(), 0, null, new PhraseIndex.Match(head.first(), inner.end(), head.segmentation(), inner.entries()), false);
                }
                if (ie instanceof LexEntry.Named n && (n.actor().type().equals("COUNTRY") || n.actor().type().equals("CITY"))
                        && inner.segmentation().proclitics().replace("ال", "").replace("ل", "").isEmpty()) {
                    country = n.actor().country(); end = inner.end(); words++; continue;
                }
                break;
            }
            // المجلس الاقتصادي والاجتماعي: a coordinated definite word continues a name already begun
            boolean definite = t.norm().startsWith("ال") || t.norm().startsWith("لل") || words > 0 && t.norm().startsWith("وال");
            char c0 = t.norm().charAt(0);
            boolean prepositional = !definite && (c0 == 'ل' || c0 == 'ب') && !h.partOfName();
            if (!h.partOfName() && words == 1 && definite && firstDefinite) return new Extent(head.end(), 0, null, null, false); // وكالة الأنباء القطرية: a description
            if (h.partOfName() ? !definite : (words > 0 && definite || t.norm().endsWith("ه") && !definite || prepositional)) break;
            if (!h.partOfName() && words == 1 && firstDefinite) break; // جريدة القدس وتتبعها: one definite word is the name
            end++;
            words++;
        }
        return new Extent(end, words, country, null, nisbaFirst);
    }

    static boolean isOrg(String type) { return type.equals("ORG") || type.equals("IGO") || type.equals("GROUP"); }
}
