package org.rasd.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.rasd.core.Extractor;
import org.rasd.core.ExtractorOptions;
import org.rasd.server.Workbench;
import org.rasd.server.WorkbenchServer;
import org.rasd.server.data.DuckStore;
import org.rasd.server.watch.Watchlists;
import picocli.CommandLine.Command;
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

    @Option(names = "--lexicon", paramLabel = "DIR", description = "a directory of lexicon files added on top of the built-in ones (repeatable)")
    List<Path> lexicons = new ArrayList<>();

    @Option(names = "--cors-origin", paramLabel = "ORIGIN", description = "allow cross-origin requests from this origin (repeatable; off by default)")
    List<String> corsOrigins = new ArrayList<>();

    @Option(names = "--max-body", paramLabel = "BYTES", defaultValue = "8388608", description = "largest request body accepted (default ${DEFAULT-VALUE})")
    long maxBody;

    @Override
    public Integer call() throws InterruptedException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (port < 0 || port > 65535) throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "--port: " + port + " is not a TCP port");
        Extractor ex = Extractor.load(new ExtractorOptions(lexicons, ExtractorOptions.DEFAULT_MAX_CHARS));
        Workbench wb = new Workbench(Workbench.Extraction.of(ex), DuckStore.open(data), Watchlists.open(data));
        WorkbenchServer server = new WorkbenchServer(wb, new WorkbenchServer.Options(host, port, maxBody, corsOrigins)).start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            wb.close();
            stopped.countDown();
        }, "rasd-serve-shutdown"));
        if (!host.equals("127.0.0.1") && !host.equals("localhost") && !host.equals("::1")) {
            System.err.println("rasd serve: warning: listening on " + host + ": anyone who can reach this address can read and ingest articles");
        }
        var st = wb.store().stats();
        out.printf("Rasd workbench: %d articles, %d events in %s%n", st.articles(), st.events(), data.toAbsolutePath());
        out.printf("Open http://%s:%d/ in a browser (API: /openapi.json). Ctrl-C stops it.%n",
                host.contains(":") ? "[" + host + "]" : host, server.port());
        stopped.await();
        return Main.OK;
    }
}
