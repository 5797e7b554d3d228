package org.rasd.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.rasd.core.actor.ActorLexicon;
import org.rasd.core.lexicon.LexiconException;
import org.rasd.core.lexicon.LexiconSource;
import org.rasd.core.text.TextAnalyzer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code rasd lexicon check DIR}: validates a user's lexicon directory on top of the built-in lexicons. */
@Command(name = "lexicon", mixinStandardHelpOptions = true, description = "Lexicon tools.",
        subcommands = {LexiconCommand.Check.class})
public final class LexiconCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() { spec.commandLine().usage(System.out); }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = {"Loads the built-in lexicons and the files of DIR (same relative names add to the built-in ones;",
                    "extra actor files are actors/NAME.KIND.txt) and reports every problem as file:line: message, without extracting."})
    public static final class Check implements Callable<Integer> {
        @Parameters(arity = "0..*", paramLabel = "DIR", description = "user lexicon directories (none: check the built-in lexicons)")
        List<Path> dirs = List.of();

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            for (Path d : dirs) if (!Files.isDirectory(d)) throw new CommandLine.ParameterException(spec.commandLine(), "not a directory: " + d);
            LexiconSource src = LexiconSource.withUserDirs(dirs);
            try {
                TextAnalyzer.load(src);
                ActorLexicon lex = ActorLexicon.load(src);
                System.out.println("lexicons valid: " + lex.counts());
                return Main.OK;
            } catch (LexiconException e) {
                for (String p : e.problems()) System.err.println(p);
                System.err.println("rasd: " + e.problems().size() + " lexicon problem(s)");
                return Main.BAD_CONFIG;
            }
        }
    }
}
