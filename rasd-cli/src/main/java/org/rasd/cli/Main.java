package org.rasd.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code rasd} command. */
@Command(name = "rasd", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Rasd: Arabic news to structured, sourced political event data.",
        subcommands = {ExtractCommand.class, DemoCommand.class, ExplainCommand.class, EvalCommand.class, LexiconCommand.class,
                IngestCommand.class, SearchCommand.class, EventsCommand.class, StatsCommand.class, QueryCommand.class,
                ReindexCommand.class, ExportCommand.class, ImportCommand.class, ServeCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:success: every record was extracted (or stored, or recognised as a duplicate)",
                "1:finished, but some records were rejected (see the rejects file and standard error)",
                "2:usage error (unknown option, missing argument)",
                "3:invalid lexicon or configuration",
                "4:failure (an output could not be written, an internal error)"})
public final class Main implements Runnable {
    public static final int OK = 0, SOME_REJECTED = 1, USAGE = 2, BAD_CONFIG = 3, FAILURE = 4;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((ex, cmd, parse) -> {
            if (ex instanceof org.rasd.store.StoreException se) {
                cmd.getErr().println("rasd: " + se.getMessage());
                return FAILURE;
            }
            if (ex instanceof org.rasd.core.lexicon.LexiconException le) {
                cmd.getErr().println("rasd: invalid lexicon: " + le.getMessage());
                return BAD_CONFIG;
            }
            cmd.getErr().println("rasd: " + ex);
            return FAILURE;
        });
        return cl;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
