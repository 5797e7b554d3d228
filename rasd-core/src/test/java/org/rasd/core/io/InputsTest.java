package org.rasd.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasd.core.Extractor;
import org.rasd.core.ParallelExtractor;
import org.rasd.core.Shared;
import org.rasd.core.model.Document;
import org.rasd.core.model.RawRecord;
import org.rasd.core.model.Reject;

/** Every input format, and every kind of bad input: a one-line reason naming where, the rest of the batch goes on. */
class InputsTest {
    @TempDir
    Path dir;

    static final class Collect implements RecordSink {
        final List<RawRecord> records = new ArrayList<>();
        final List<Reject> rejects = new ArrayList<>();

        @Override public void accept(RawRecord r) { records.add(r); }

        @Override public void reject(Reject r) { rejects.add(r); }
    }

    private Collect read(String... paths) {
        Collect c = new Collect();
        new Inputs(InputOptions.defaults()).read(List.of(paths), c);
        return c;
    }

    private Path write(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    @Test
    void textFileIsOneArticle() throws Exception {
        Path p = write("a.txt", "عنوان\nنص الخبر هنا.");
        Collect c = read(p.toString());
        assertThat(c.records).singleElement().satisfies(r -> {
            assertThat(r.text()).isEqualTo("عنوان\nنص الخبر هنا.");
            assertThat(r.origin()).isEqualTo(p.toString());
        });
    }

    @Test
    void invalidUtf8NamesTheByteOffset() throws Exception {
        Path p = dir.resolve("bad.txt");
        byte[] ok = "مرحبا".getBytes(StandardCharsets.UTF_8);
        byte[] b = new byte[ok.length + 3];
        System.arraycopy(ok, 0, b, 0, ok.length);
        b[ok.length] = (byte) 0xC3; b[ok.length + 1] = (byte) 0x28; b[ok.length + 2] = 'x';
        Files.write(p, b);
        Path good = write("good.txt", "نص سليم.");
        Collect c = read(p.toString(), good.toString());
        assertThat(c.rejects).singleElement().satisfies(r ->
                assertThat(r.message()).isEqualTo(p + ": invalid UTF-8 at byte offset " + ok.length + " (byte 0xC3)"));
        assertThat(c.records).hasSize(1);
    }

    @Test
    void binaryFileIsRejected() throws Exception {
        Path p = dir.resolve("img.txt");
        Files.write(p, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        Collect c = read(p.toString());
        assertThat(c.rejects).singleElement().extracting(Reject::reason).asString().startsWith("binary file");
    }

    @Test
    void overLongDocumentIsRejected() throws Exception {
        Path p = write("long.txt", "ا".repeat(100));
        Collect c = new Collect();
        new Inputs(new InputOptions(InputFormat.AUTO, JsonFields.defaults(), 50)).read(List.of(p.toString()), c);
        assertThat(c.rejects).singleElement().extracting(Reject::reason).asString().isEqualTo("document too long: more than 50 bytes");
    }

    @Test
    void brokenJsonLineIsRejectedAndTheOthersRead() throws Exception {
        Path p = write("x.jsonl", """
                {"title": "أ", "content": "نص أول.", "date": "2024-01-02", "id": "a1"}
                {"title": "ب", "content": "نص
                
                [1, 2]
                {"title": "ج"}
                {"title": "د", "content": "نص رابع.", "url": "http://e.org/4", "source": "s", "date_extracted": "2015-07-21 02:51:32"}
                """);
        Collect c = read(p.toString());
        assertThat(c.records).extracting(RawRecord::title).containsExactly("أ", "د");
        assertThat(c.records.get(0).origin()).isEqualTo(p + ":1#a1");
        assertThat(c.records.get(1).date()).isEqualTo("2015-07-21 02:51:32");
        assertThat(c.rejects).extracting(Reject::origin).containsExactly(p + ":2", p + ":4", p + ":5");
        assertThat(c.rejects.get(0).reason()).startsWith("invalid JSON:");
        assertThat(c.rejects.get(1).reason()).contains("expected an object");
        assertThat(c.rejects.get(2).reason()).startsWith("no text field");
    }

    @Test
    void gzippedJsonLinesAndConfigurableFields() throws Exception {
        ByteArrayOutputStream bo = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bo)) {
            gz.write("{\"headline\": \"عنوان\", \"body\": \"نص الخبر.\", \"pub\": \"2020-05-06\"}\n".getBytes(StandardCharsets.UTF_8));
        }
        Path p = dir.resolve("f.jsonl.gz");
        Files.write(p, bo.toByteArray());
        Collect c = new Collect();
        var fields = JsonFields.defaults().with(java.util.Map.of("text", "body", "date", "pub"));
        new Inputs(new InputOptions(InputFormat.AUTO, fields, InputOptions.DEFAULT_MAX_BYTES)).read(List.of(p.toString()), c);
        assertThat(c.records).singleElement().satisfies(r -> {
            assertThat(r.title()).isEqualTo("عنوان");
            assertThat(r.text()).isEqualTo("نص الخبر.");
            assertThat(r.date()).isEqualTo("2020-05-06");
        });
    }

    @Test
    void corruptGzipIsRejected() throws Exception {
        Path p = dir.resolve("c.jsonl.gz");
        Files.write(p, new byte[] {0x1f, (byte) 0x8b, 8, 0, 1, 2, 3});
        Collect c = read(p.toString());
        assertThat(c.rejects).singleElement().extracting(Reject::origin).isEqualTo(p.toString());
    }

    @Test
    void htmlKeepsTheMainTextOnly() throws Exception {
        Path p = write("page.html", """
                <html><head><title>موقع | خبر</title><meta property="og:title" content="وزير الخارجية يزور الجزائر">
                <meta property="article:published_time" content="2024-03-05T10:00:00Z"><script>var x = "ignore me";</script></head>
                <body><nav><a href="/">الرئيسية</a> <a>رياضة</a></nav><div class="share-buttons">شارك على فيسبوك</div>
                <article><h1>وزير الخارجية يزور الجزائر</h1><p>وصل وزير الخارجية إلى الجزائر أمس.</p><p>وبحث مع نظيره التعاون.</p>
                <div class="related-posts"><p>خبر آخر لا علاقة له</p></div></article><footer>جميع الحقوق محفوظة</footer></body></html>
                """);
        Collect c = read(p.toString());
        RawRecord r = c.records.get(0);
        assertThat(r.title()).isEqualTo("وزير الخارجية يزور الجزائر");
        assertThat(r.date()).isEqualTo("2024-03-05T10:00:00Z");
        assertThat(r.text()).isEqualTo("وصل وزير الخارجية إلى الجزائر أمس.\nوبحث مع نظيره التعاون.");
    }

    @Test
    void petrarchXmlGivesOneDocumentPerSentence() throws Exception {
        Path p = write("s.xml", """
                <Sentences>
                <Sentence date="20080731" id="s1" category="ASSAULT"><Text>
                  قتل مسلحون جنديين.
                </Text></Sentence>
                <Sentence date="20080801" id="s2"><Text>تظاهر الآلاف في القاهرة.</Text></Sentence>
                </Sentences>""");
        Collect c = read(p.toString());
        assertThat(c.records).extracting(RawRecord::id).containsExactly("s1", "s2");
        assertThat(c.records.get(0).text()).isEqualTo("قتل مسلحون جنديين.");
        assertThat(c.records.get(0).date()).isEqualTo("20080731");
        assertThat(c.records.get(0).origin()).isEqualTo(p + "#s1");
    }

    @Test
    void unclosedXmlKeepsWhatWasReadAndNamesThePlace() throws Exception {
        Path p = write("u.xml", "<Sentences>\n<Sentence id=\"s1\"><Text>نص.</Text></Sentence>\n<Sentence id=\"s2\"><Text>نص ثان\n");
        Collect c = read(p.toString());
        assertThat(c.records).hasSize(1);
        assertThat(c.rejects).singleElement().satisfies(r -> {
            assertThat(r.origin()).matches(java.util.regex.Pattern.quote(p.toString()) + ":\\d+:\\d+");
            assertThat(r.reason()).startsWith("malformed XML after 1 sentences");
        });
    }

    @Test
    void directoriesRecursivelyAndSorted() throws Exception {
        write("d/b.txt", "نص ب.");
        write("d/sub/a.txt", "نص أ.");
        write("d/.hidden/c.txt", "مخفي.");
        Collect c = read(dir.resolve("d").toString());
        assertThat(c.records).extracting(RawRecord::text).containsExactly("نص ب.", "نص أ.");
    }

    @Test
    void missingFileIsARejectNotACrash() {
        Collect c = read(dir.resolve("nope.txt").toString());
        assertThat(c.rejects).singleElement().extracting(Reject::reason).isEqualTo("no such file");
    }

    @Test
    void standardInputIsSniffed() {
        Collect c = new Collect();
        String jsonl = "{\"content\": \"نص من الدخل القياسي.\"}\n";
        new Inputs(InputOptions.defaults(), new ByteArrayInputStream(jsonl.getBytes(StandardCharsets.UTF_8))).read(List.of("-"), c);
        assertThat(c.records).singleElement().extracting(RawRecord::origin).isEqualTo("<stdin>:1");
    }

    @Test
    void emptyDocumentIsRejectedByTheExtractorAndTheBatchGoesOn() throws Exception {
        Path empty = write("e.txt", "  \n \n");
        Path good = write("g.txt", "عنوان\nنص.");
        List<Document> docs = new ArrayList<>();
        List<Reject> rejects = new ArrayList<>();
        try (ParallelExtractor px = new ParallelExtractor(Extractor.load(), 2, 8, new ParallelExtractor.Output() {
            @Override public void document(Document d) { docs.add(d); }
            @Override public void reject(Reject r) { rejects.add(r); }
        })) {
            new Inputs(InputOptions.defaults()).read(List.of(empty.toString(), good.toString()), px);
        }
        assertThat(docs).hasSize(1);
        assertThat(rejects).singleElement().extracting(Reject::message).isEqualTo(empty + ": empty document");
    }

    @Test
    void theGoldEventFilesAndTheBenchFileRead() {
        Collect xml = read(Shared.file("data/event-gsr-dev/assault.xml").toString());
        assertThat(xml.rejects).isEmpty();
        assertThat(xml.records).hasSizeGreaterThan(50);
        Collect bench = read(Shared.file("data/news-bench/saudinewsnet-2015-07-21..23.jsonl.gz").toString());
        assertThat(bench.rejects).isEmpty();
        assertThat(bench.records).hasSize(6340);
        assertThat(bench.records.get(0).source()).isNotBlank();
        assertThat(bench.records.get(0).date()).matches("\\d{4}-\\d{2}-\\d{2} .*");
    }
}
