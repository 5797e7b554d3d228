package org.rasd.server;

import java.util.ArrayList;
import java.util.List;
import org.rasd.core.model.Document;
import org.rasd.core.model.Event;
import org.rasd.core.model.EventActor;
import org.rasd.core.model.Mention;
import org.rasd.core.model.Quality;
import org.rasd.core.model.QualityFlag;
import org.rasd.core.model.Sentence;

/** Builds documents with mentions and events for tests, with offsets found in the text (code points). */
final class Docs {
    private final String id, date, title, text;
    private final List<Mention> mentions = new ArrayList<>();
    private final List<Event> events = new ArrayList<>();
    private final List<QualityFlag> flags = new ArrayList<>();

    private Docs(String id, String date, String title, String text) {
        this.id = id;
        this.date = date;
        this.title = title;
        this.text = text;
    }

    static Docs doc(String id, String date, String title, String text) {
        return new Docs(id, date, title, text);
    }

    private int at(String s, int from) {
        int i = text.indexOf(s, from);
        if (i < 0) throw new IllegalArgumentException("'" + s + "' is not in the text");
        return text.codePointCount(0, i);
    }

    Docs mention(String surface, String code, String name, String type) {
        int s = at(surface, 0);
        mentions.add(new Mention(s, s + surface.codePointCount(0, surface.length()), surface, 0, code, type, name, code,
                code.length() >= 3 ? code.substring(0, 3) : null, code.length() > 3 ? code.substring(3) : null, "lexicon", "test"));
        return this;
    }

    Docs flag(String kind, String surface) {
        int s = at(surface, 0);
        flags.add(new QualityFlag(kind, s, s + surface.length(), surface));
        return this;
    }

    Docs event(String category, String trigger, String actor, String actorName, String recipient, String recipientName,
               double goldstein, int quad, String modality, String gloss) {
        int s = at(trigger, 0);
        EventActor a = new EventActor(actor, actor.substring(0, Math.min(3, actor.length())), null, actor, actorName, 0, 0, actorName);
        List<EventActor> r = recipient == null ? List.of()
                : List.of(new EventActor(recipient, recipient.substring(0, Math.min(3, recipient.length())), null, recipient, recipientName, 0, 0, recipientName));
        events.add(new Event(id + ":" + events.size(), category, null, null, "040", goldstein, quad, List.of(a), r, null, date,
                modality, null, 0, s, s + trigger.codePointCount(0, trigger.length()), trigger, text, "test.tsv:1 " + category,
                0.8, gloss, 1));
        return this;
    }

    Document build() {
        int len = text.codePointCount(0, text.length());
        return new Document(Document.SCHEMA_VERSION, id, null, "test", title, null, "test-source", "https://example.org/" + id, null, date,
                "ar", text, new Quality(flags), List.of(new Sentence(0, 0, len, text, List.of())), mentions, events);
    }

    /** Three articles: Morocco and the US consult; Iran supplies the Polisario; Algeria threatens Morocco. */
    static List<Document> corpus() {
        return List.of(
                doc("a1", "2026-03-01", "المغرب وأمريكا يرفعان التنسيق العسكري", "بحث المغرب مع الولايات المتحدة تعزيز التعاون العسكري في واشنطن.")
                        .mention("المغرب", "MAR", "Morocco", "COUNTRY").mention("الولايات المتحدة", "USA", "United States", "COUNTRY")
                        .event("CONSULT", "بحث", "MAR", "Morocco", "USA", "United States", 1.0, 1, "asserted", "Morocco consulted the United States")
                        .build(),
                doc("a2", "2026-03-02", "إيران تزود البوليساريو بطائرات", "أكد ممثل المغرب أن إيران تقدم طائرات بدون طيار لجبهة البوليساريو.")
                        .mention("المغرب", "MAR", "Morocco", "COUNTRY").mention("إيران", "IRN", "Iran", "COUNTRY")
                        .mention("جبهة البوليساريو", "POLISARIO", "Polisario Front", "GROUP")
                        .event("AID", "تقدم", "IRN", "Iran", "POLISARIO", "Polisario Front", 5.2, 2, "claimed", "Iran supplies drones to the Polisario Front")
                        .build(),
                doc("a3", "2026-04-10", "الجزائر تهدد", "هددت الجزائر المغرب بالرد العسكري.")
                        .mention("الجزائر", "DZA", "Algeria", "COUNTRY").mention("المغرب", "MAR", "Morocco", "COUNTRY")
                        .event("THREATEN", "هددت", "DZA", "Algeria", "MAR", "Morocco", -7.0, 3, "asserted", "Algeria threatened Morocco")
                        .build());
    }
}
