package org.rasd.core.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where lexicon files come from: the built-in ones (resources under {@code /lexicon/}) and, on top of them,
 * a user's directory given with {@code --lexicon DIR} holding files with the same relative names.
 * Lines are read with their numbers so that every error names {@code file:line}.
 */
public final class LexiconSource {
    /** A non-blank, non-comment line of a lexicon file: {@code where} is {@code file:line}. */
    public record Line(String file, int number, String text) {
        public String where() { return file + ":" + number; }
    }

    private final List<Path> userDirs;

    private LexiconSource(List<Path> userDirs) { this.userDirs = List.copyOf(userDirs); }

    public static LexiconSource builtIn() { return new LexiconSource(List.of()); }

    public static LexiconSource withUserDirs(List<Path> dirs) { return new LexiconSource(dirs); }

    public List<Path> userDirs() { return userDirs; }

    /**
     * The lines of a lexicon file: the built-in resource {@code /lexicon/NAME} (if any) followed by
     * every user directory's {@code NAME} (if any). Blank lines and lines starting with '#' are skipped;
     * a trailing comment after " #" is removed.
     */
    public List<Line> lines(String name) {
        List<Line> out = new ArrayList<>();
        try (InputStream in = LexiconSource.class.getResourceAsStream("/lexicon/" + name)) {
            if (in != null) read(in, "lexicon/" + name, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Path dir : userDirs) {
            Path p = dir.resolve(name);
            if (Files.isRegularFile(p)) {
                try (InputStream in = Files.newInputStream(p)) {
                    read(in, p.toString(), out);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return out;
    }

    /** Names (relative paths) of the user's files under a sub-directory, e.g. extra actor files. */
    public List<String> userFiles(String subdir, String suffix) {
        List<String> out = new ArrayList<>();
        for (Path dir : userDirs) {
            Path sub = dir.resolve(subdir);
            if (!Files.isDirectory(sub)) continue;
            try (Stream<Path> s = Files.list(sub)) {
                s.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted()
                        .forEach(p -> out.add(subdir + "/" + p.getFileName()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out.stream().distinct().toList();
    }

    private static void read(InputStream in, String file, List<Line> out) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String s;
        int n = 0;
        while ((s = r.readLine()) != null) {
            n++;
            if (n == 1 && s.startsWith("\uFEFF")) s = s.substring(1);
            String t = s.strip();
            if (t.isEmpty() || t.startsWith("#")) continue;
            int hash = t.indexOf(" #");
            if (hash >= 0) t = t.substring(0, hash).strip();
            out.add(new Line(file, n, t));
        }
    }
}
