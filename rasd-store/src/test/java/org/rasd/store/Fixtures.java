package org.rasd.store;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.rasd.core.model.Document;
import org.rasd.core.model.Event;
import org.rasd.core.model.EventActor;
import org.rasd.core.model.Mention;
import org.rasd.core.model.Quality;
import org.rasd.core.model.Sentence;

/** Hand-made documents and generated corpora for the store tests. */
final class Fixtures {
    static final String[] WORDS = ("الحكومة وزير الخارجية اجتماع الرباط الجزائر تونس القاهرة البرلمان الرئيس المغرب مصر "
            + "الاقتصاد التعاون الأمن الحدود المفاوضات الاتفاق الشركة السوق الانتخابات الشعب المدينة الجيش الشرطة المحكمة "
            + "المجلس الوفد الزيارة البيان الصحافة المنطقة العاصمة التجارة الطاقة المياه الزراعة الصحة التعليم الشباب "
            + "قال أكد أعلن استقبل وقع ناقش بحث دعا رفض قرر أضاف أشار أوضح يوم الاثنين الثلاثاء الأربعاء الخميس "
            + "في من إلى على مع عن بين خلال بعد قبل حول").split(" ");

    private Fixtures() {}

    static EventActor actor(String code) {
        return new EventActor(code, code.substring(0, 3), code.length() > 3 ? code.substring(3) : null, code, code, 0, 3, code);
    }

    static Event event(String docId, int n, String category, String actor, String recipient, String date, String modality) {
        return new Event(docId + ":" + n, category, null, null, "040", 1.0, 1,
                actor == null ? List.of() : List.of(actor(actor)), recipient == null ? List.of() : List.of(actor(recipient)),
                null, date, modality, null, 0, 0, 3, "بحث", "evidence " + n, "test:1", 0.8, "gloss", 1);
    }

    /** A document with the given id, source, date, text and events. */
    static Document doc(String id, String source, String date, String text, Event... events) {
        List<Mention> mentions = new ArrayList<>();
        for (Event e : events) {
            for (EventActor a : e.actor()) mentions.add(new Mention(0, 3, a.text(), 0, a.code(), "COUNTRY", a.name(), a.code(), a.country(), a.sector(), "lexicon", "test"));
        }
        return new Document(Document.SCHEMA_VERSION, id, null, "test#" + id, "title " + id, null, source, "https://example.org/" + id,
                null, date, "ar", text, new Quality(List.of()), List.of(new Sentence(0, 0, text.length(), text, List.of())), mentions, List.of(events));
    }

    /** A generated Arabic-looking article of about {@code words} words. */
    static String article(Random rnd, int words) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < words; i++) {
            b.append(WORDS[rnd.nextInt(WORDS.length)]);
            b.append((i + 1) % 12 == 0 ? ".\n" : " ");
        }
        return b.append('.').toString();
    }

    /** Writes a JSON Lines corpus of {@code n} generated articles (and {@code bad} empty records, rejected), returns its path. */
    static Path corpus(Path dir, int n, int bad, long seed) throws IOException {
        Path f = dir.resolve("corpus.jsonl");
        Random rnd = new Random(seed);
        try (Writer w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
            for (int i = 0; i < n; i++) {
                w.write("{\"id\": \"a" + i + "\", \"source\": \"src" + (i % 5) + "\", \"date\": \"2026-01-" + String.format("%02d", 1 + i % 28)
                        + "\", \"title\": \"خبر " + i + "\", \"content\": \"" + article(rnd, 80 + rnd.nextInt(80)).replace("\n", "\\n") + "\"}\n");
                if (i < bad) w.write("{\"id\": \"bad" + i + "\", \"content\": \"\"}\n");
            }
        }
        return f;
    }
}
