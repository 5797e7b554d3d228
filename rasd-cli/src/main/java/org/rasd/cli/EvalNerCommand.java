package org.rasd.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.rasd.core.actor.ActorRecognizer;
import org.rasd.core.eval.NerEvaluation;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code rasd eval ner --gold FILE [--json]}: named-entity precision, recall and F1 of actor recognition. */
@Command(name = "ner", mixinStandardHelpOptions = true,
        description = {"Scores actor recognition as named-entity recognition on CoNLL-style gold (token label lines, BIO with PERS, LOC, ORG, MISC).",
                "Exact spans, per type and micro-averaged over PERS, LOC, ORG (MISC reported, not in the micro score)."})
public final class EvalNerCommand implements Callable<Integer> {
    @Option(names = "--gold", required = true, paramLabel = "FILE", description = "the gold file (e.g. ../shared/data/anercorp-train/train.txt)")
    Path gold;

    @Option(names = "--json", description = "print {\"PERS\": {precision, recall, f1, tp, fp, fn}, ..., \"micro\": {...}}")
    boolean json;

    @Mixin
    LexiconMixin lexicons;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(gold)) throw new CommandLine.ParameterException(spec.commandLine(), "no such gold file: " + gold);
        List<NerEvaluation.GoldToken> tokens;
        try {
            tokens = NerEvaluation.read(gold);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        ActorRecognizer actors = ActorRecognizer.load(lexicons.source());
        long t0 = System.nanoTime();
        NerEvaluation.Result r = NerEvaluation.evaluate(tokens, actors::recognize);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        if (json) System.out.println(r.json());
        else {
            System.out.print(r.table());
            System.out.println("recognition time: " + ms + " ms");
        }
        return Main.OK;
    }
}
