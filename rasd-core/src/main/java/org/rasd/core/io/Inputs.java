package org.rasd.core.io;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.rasd.core.model.Reject;

/**
 * Reads paths into records: files by extension or {@code --input-format}, directories recursively (sorted,
 * hidden files skipped), {@code -} for standard input (format sniffed). Gzip is unwrapped by magic bytes.
 * A file that cannot be read becomes a reject; the others go on.
 */
public final class Inputs {
    private final InputOptions options;
    private final InputStream stdin;

    public Inputs(InputOptions options) { this(options, System.in); }

    public Inputs(InputOptions options, InputStream stdin) {
        this.options = options;
        this.stdin = stdin;
    }

    public void read(List<String> paths, RecordSink sink) {
        for (String p : paths) {
            if (p.equals("-")) {
                readStream("<stdin>", stdin, null, sink);
            } else {
                readPath(Path.of(p), sink);
            }
        }
    }

    private void readPath(Path path, RecordSink sink) {
        if (Files.isDirectory(path)) {
            List<Path> files;
            try (Stream<Path> s = Files.walk(path)) {
                files = s.filter(Files::isRegularFile)
                        .filter(f -> !hidden(path, f))
                        .sorted().toList();
            } catch (IOException e) {
                sink.reject(new Reject(path.toString(), "cannot list directory: " + e.getMessage()));
                return;
            }
            for (Path f : files) readFile(f, sink);
        } else {
            readFile(path, sink);
        }
    }

    private static boolean hidden(Path root, Path f) {
        for (Path part : root.relativize(f)) if (part.toString().startsWith(".")) return true;
        return false;
    }

    private void readFile(Path f, RecordSink sink) {
        try (InputStream in = Files.newInputStream(f)) {
            readStream(f.toString(), in, f.getFileName().toString(), sink);
        } catch (NoSuchFileException e) {
            sink.reject(new Reject(f.toString(), "no such file"));
        } catch (IOException e) {
            sink.reject(new Reject(f.toString(), "cannot read: " + e.getMessage()));
        }
    }

    private void readStream(String origin, InputStream raw, String fileName, RecordSink sink) {
        try {
            BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
            in.mark(4);
            int b1 = in.read(), b2 = in.read();
            in.reset();
            InputStream body = in;
            if (b1 == 0x1f && b2 == 0x8b) body = new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16);
            InputFormat format = options.format();
            if (format == InputFormat.AUTO && fileName != null) format = InputFormat.ofFileName(fileName);
            if (format == null || format == InputFormat.AUTO) {
                body.mark(1024);
                byte[] head = new byte[1024];
                int n = body.readNBytes(head, 0, head.length);
                body.reset();
                format = InputFormat.sniff(head, n);
            }
            reader(format).read(origin, body, sink);
        } catch (ZipException e) {
            sink.reject(new Reject(origin, "corrupt gzip data: " + e.getMessage()));
        } catch (java.io.EOFException e) {
            sink.reject(new Reject(origin, "unexpected end of compressed data"));
        } catch (IOException e) {
            sink.reject(new Reject(origin, "cannot read: " + e.getMessage()));
        }
    }

    private RecordReader reader(InputFormat f) {
        return switch (f) {
            case JSONL -> new JsonLinesReader(options.fields(), options.maxBytes());
            case HTML -> new HtmlReader(options.maxBytes());
            case XML -> new PetrarchXmlReader();
            case TXT, AUTO -> new TextFileReader(options.maxBytes());
        };
    }
}
