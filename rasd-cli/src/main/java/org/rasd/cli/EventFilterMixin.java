package org.rasd.cli;

import java.time.LocalDate;
import org.rasd.store.EventFilter;
import picocli.CommandLine.Option;

/** Event filters shared by {@code rasd events} and {@code rasd export}. */
public final class EventFilterMixin {
    @Option(names = "--actor", paramLabel = "CODE", description = "source actor code or prefix (MAR matches MARGOV)")
    String actor;

    @Option(names = "--recipient", paramLabel = "CODE", description = "recipient actor code or prefix")
    String recipient;

    @Option(names = "--party", paramLabel = "CODE", description = "actor or recipient code or prefix")
    String party;

    @Option(names = "--event", paramLabel = "CATEGORY", description = "PLOVER event category (CONSULT, ASSAULT, ...)")
    String event;

    @Option(names = "--modality", paramLabel = "M", description = "asserted, claimed, planned, historical, negated, hypothetical, or real")
    String modality;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "events on or after this date")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "events on or before this date")
    LocalDate to;

    @Option(names = "--article", paramLabel = "ID", description = "events of one article")
    String article;

    EventFilter filter() {
        return new EventFilter(actor, recipient, party, event, modality, from, to, article);
    }
}
