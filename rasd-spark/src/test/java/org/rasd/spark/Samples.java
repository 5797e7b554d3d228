package org.rasd.spark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Assumptions;

/**
 * Test inputs built at test time in a temporary directory from the shared material (../shared, never copied into the
 * project): a slice of the news benchmark, the seed article, a repeated article and a few bad records.
 */
final class Samples {
    private Samples() {}

    static Path shared(String relative) {
        Path d = Path.of(System.getProperty("rasd.shared", "../shared"));
        if (!Files.isDirectory(d)) d = Path.of("..", "..", "shared");
        Path f = d.resolve(relative);
        Assumptions.assumeTrue(Files.exists(f), "shared material not found: " + f.toAbsolutePath());
        return f;
    }

    /** The first {@code n} lines of the news benchmark. */
    static List<String> newsLines(int n) {
        Path dir = shared("data/news-bench");
        try (var files = Files.list(dir)) {
            Path gz = files.filter(f -> f.getFileName().toString().endsWith(".jsonl.gz")).sorted().findFirst().orElseThrow();
            List<String> lines = new ArrayList<>();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(gz)), StandardCharsets.UTF_8))) {
                String l;
                while (lines.size() < n && (l = r.readLine()) != null) lines.add(l);
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A directory of inputs: {@code news/part-a.jsonl} (articles, one bad JSON line, one record without text),
     * {@code news/part-b.jsonl.gz} (more articles and a repeat of the first), {@code seed.txt}, and a hidden file that
     * must be skipped.
     */
    static Path mixedInputs(Path dir, int articles) {
        try {
            List<String> lines = newsLines(articles);
            int half = lines.size() / 2;
            Path news = Files.createDirectories(dir.resolve("news"));
            List<String> a = new ArrayList<>(lines.subList(0, half));
            a.add("{\"title\": \"broken");
            a.add("{\"title\": \"no body\", \"url\": \"u\"}");
            Files.write(news.resolve("part-a.jsonl"), a, StandardCharsets.UTF_8);
            List<String> b = new ArrayList<>(lines.subList(half, lines.size()));
            b.add(lines.get(0));
            try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(news.resolve("part-b.jsonl.gz")))) {
                out.write((String.join("\n", b) + "\n").getBytes(StandardCharsets.UTF_8));
            }
            Files.copy(shared("corpus/seed-000.txt"), dir.resolve("seed.txt"));
            Files.writeString(dir.resolve(".hidden.txt"), "not an input");
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
