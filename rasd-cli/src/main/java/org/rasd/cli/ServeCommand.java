package org.rasd.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.rasd.core.Extractor;
import org.rasd.server.Workbench;
import org.rasd.server.WorkbenchServer;
import org.rasd.server.data.DuckStore;
import org.rasd.server.watch.Watchlists;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code rasd serve}: the analyst workbench (web UI and JSON API) over a data directory. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Starts the analyst workbench: a web UI to read articles with their actors and events, filter events, "
                + "see the actor network and set watchlists, and a JSON API documented at /openapi.json.",
                "Listens on 127.0.0.1 only unless --host says otherwise. Stop it with Ctrl-C."})
public final class ServeCommand implements Callable<Integer> {
    @Option(names = "--port", defaultValue = "8080", description = "TCP port (default ${DEFAULT-VALUE}; 0 = any free port)")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "address to listen on (default ${DEFAULT-VALUE}: this machine only)")
    String host;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "rasd-data", description = "data directory (default ./${DEFAULT-VALUE})")
    Path data;

    @Mixin
    LexiconMixin lexicons;

    @Option(names = "--cors-origin", paramLabel = "ORIGIN", description = "allow cross-origin requests from this origin (repeatable; off by default)")
    List<String> corsOrigins = new ArrayList<>();

    @Option(names = "--max-body", paramLabel = "BYTES", defaultValue = "8388608", description = "largest request body accepted (default ${DEFAULT-VALUE})")
    long maxBody;

    @Override
    public Integer call() throws InterruptedException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (port < 0 || port > 65535) throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "--port: " + port + " is not a TCP port");
        Extractor ex = lexicons.extractor();
        Running r = start(out, ex, data, new WorkbenchServer.Options(host, port, maxBody, corsOrigins));
        r.awaitShutdown();
        return Main.OK;
    }

    /** A started workbench: stop it with {@link #close}, or wait for Ctrl-C with {@link #awaitShutdown}. */
    public record Running(WorkbenchServer server, Workbench workbench, CountDownLatch stopped) implements AutoCloseable {
        public String url() { return "http://" + server.host() + ":" + server.port() + "/"; }

        public void awaitShutdown() throws InterruptedException {
            Runtime.getRuntime().addShutdownHook(new Thread(this::close, "rasd-serve-shutdown"));
            stopped.await();
        }

        @Override
        public synchronized void close() {
            if (stopped.getCount() == 0) return;
            server.close();
            workbench.close();
            stopped.countDown();
        }
    }

    /**
     * Opens the store in {@code data}, starts the workbench and prints its URL; {@code rasd demo} calls this after its
     * ingest (with the demo's store closed first: DuckDB has one writer).
     */
    public static Running start(PrintStream out, Extractor ex, Path data, WorkbenchServer.Options opt) {
        Workbench wb = new Workbench(Workbench.Extraction.of(ex), DuckStore.open(data), Watchlists.open(data));
        WorkbenchServer server;
        try {
            server = new WorkbenchServer(wb, opt).start();
        } catch (RuntimeException e) {
            wb.close();
            throw e;
        }
        String h = opt.host();
        if (!h.equals("127.0.0.1") && !h.equals("localhost") && !h.equals("::1")) {
            System.err.println("rasd serve: warning: listening on " + h + ": anyone who can reach this address can read and ingest articles");
        }
        var st = wb.store().stats();
        Running r = new Running(server, wb, new CountDownLatch(1));
        out.printf("Rasd workbench: %d articles, %d events in %s%n", st.articles(), st.events(), data.toAbsolutePath());
        out.printf("Open %s in a browser (API: /openapi.json). Ctrl-C stops it.%n", r.url());
        return r;
    }
}
