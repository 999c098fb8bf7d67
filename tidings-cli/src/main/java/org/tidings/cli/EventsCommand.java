package org.tidings.cli;

import java.time.LocalDate;
import java.util.List;
import org.tidings.events.EventMention;
import org.tidings.store.EventQuery;
import org.tidings.store.Store;
import org.tidings.store.StoredEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code tidings events}: resolved events, each with its number of reports and independent outlets; with
 * {@code --format jsonl}, one event a line with all its mentions (FORMATS.md section 6).
 */
@Command(name = "events", mixinStandardHelpOptions = true,
        description = "List resolved events (all reports of one real-world event together), newest event date "
                + "first; filters combine.")
public final class EventsCommand extends StoreCommand {

    @Option(names = "--actor", paramLabel = "ACTOR",
            description = "A source or target actor: code prefix (KOR, KORGOV) or part of its name.")
    String actor;

    @Option(names = "--country", paramLabel = "CODE", description = "A source or target actor of this country (KOR).")
    String country;

    @Option(names = "--type", paramLabel = "TYPE", split = ",", description = "PLOVER types (ACCUSE,CONSULT).")
    List<String> types;

    @Option(names = "--from", paramLabel = "DATE", converter = FirstDay.class,
            description = "Event date on or after (YYYY-MM-DD, YYYY-MM or YYYY).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", converter = LastDay.class,
            description = "Event date on or before (YYYY-MM-DD, YYYY-MM or YYYY).")
    LocalDate to;

    @Option(names = "--certainty", paramLabel = "C", split = ",",
            description = "asserted, reported, alleged, denied, planned, hypothetical, negated (comma-separated).")
    List<String> certainties;

    @Option(names = "--limit", paramLabel = "N", description = "At most N events (default: all).")
    int limit;

    @Option(names = "--format", paramLabel = "FORMAT", description = "table, json, jsonl or csv (default: ${DEFAULT-VALUE}).")
    Listing.Format format = Listing.Format.table;

    @Override
    protected int run() {
        if (limit < 0) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--limit must not be negative");
        }
        List<StoredEvent> events;
        try (Store store = openStore()) {
            events = store.events(new EventQuery(actor, country, types, from, to, certainties, limit));
        }
        Listing listing = new Listing("ID", "DATE", "TYPE", "CAMEO", "GOLDSTEIN", "SOURCE", "TARGET", "CERTAINTY",
                "LOCATION", "REPORTS", "OUTLETS", "CORROBORATION", "EVIDENCE");
        boolean table = format == Listing.Format.table;
        for (StoredEvent se : events) {
            EventMention e = se.event();
            listing.add(StoredJson.resolvedEvent(se), se.id(), e.date() == null ? null : e.date().value(), e.type(),
                    e.cameo(), e.goldstein(), StoredJson.codes(e.source()), StoredJson.codes(e.target()),
                    e.certainty(), e.location() == null ? null : e.location().name(), se.reports(),
                    table ? String.valueOf(se.outlets().size()) : String.join("; ", se.outlets()), se.corroboration(),
                    e.evidence() == null ? null : table ? Listing.clip(e.evidence().text(), 60) : e.evidence().text());
        }
        listing.print(format, out());
        return 0;
    }
}
