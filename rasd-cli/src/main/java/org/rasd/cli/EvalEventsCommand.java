package org.rasd.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.rasd.core.Extractor;
import org.rasd.core.eval.EventEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code rasd eval events --gold DIR [--json]}: event detection and actor countries against gold data. */
@Command(name = "events", mixinStandardHelpOptions = true,
        description = {"Measures event coding on gold data in the event-gsr format (CSV: id, event_type, label, text; PETRARCH-style XML).",
                "Per category: detection precision, recall and F1 on labelled sentences (ambiguous left out);",
                "on XML records: the share whose actor and recipient countries match the gold."})
public final class EvalEventsCommand implements Callable<Integer> {
    @Option(names = "--gold", required = true, paramLabel = "DIR", description = "directory of gold .csv and .xml files")
    Path gold;

    @Option(names = "--json", description = "print the result as JSON (with the ids of false positives and negatives)")
    boolean json;

    @Option(names = "--min-confidence", paramLabel = "C", description = "count only events with confidence >= C (default 0: every coded event)")
    double minConfidence;

    @Option(names = "--reported-only", description = "count only events reported as having happened (asserted, claimed); by default every non-negated event counts")
    boolean reportedOnly;

    @Mixin
    LexiconMixin lexicons;

    @Override
    public Integer call() throws Exception {
        Extractor ex = lexicons.extractor();
        EventEvaluation.Result r;
        try {
            r = EventEvaluation.run(gold, ex::extract, minConfidence,
                    reportedOnly ? EventEvaluation.REPORTED : EventEvaluation.NON_NEGATED);
        } catch (java.io.IOException e) {
            System.err.println("rasd: " + e.getMessage()); // a missing directory or a malformed gold file, with file:line
            return Main.USAGE;
        }
        System.out.println(json ? r.json() : r.table());
        return Main.OK;
    }
}
