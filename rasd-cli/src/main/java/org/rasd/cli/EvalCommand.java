package org.rasd.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code rasd eval ...}: measures recognition and coding against gold data. Each measure is a subcommand
 * class registered in {@code subcommands} below ({@code ner}, {@code events}).
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Measures Rasd against gold data (precision, recall, F1).",
        subcommands = {EvalNerCommand.class, EvalEventsCommand.class})
public final class EvalCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
