package org.tidings.cli;

import java.util.List;
import java.util.Optional;
import org.tidings.events.EventMention;
import org.tidings.resolve.MergeDecision;
import org.tidings.store.Store;
import org.tidings.store.StoredEvent;
import org.tidings.store.StoredMention;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code tidings event ID}: one resolved event with all its mentions and the decisions that made it. */
@Command(name = "event", mixinStandardHelpOptions = true,
        description = "Show one resolved event: its fields, every mention, and the merge decisions with their reasons.")
public final class EventCommand extends StoreCommand {

    @Parameters(paramLabel = "ID", description = "An event id (from tidings events), or a mention id (ARTICLE-N).")
    String id;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text or json (default: ${DEFAULT-VALUE}).")
    String format = "text";

    @Override
    protected int run() {
        try (Store store = openStore()) {
            Optional<Long> eventId = parse(store, id.strip());
            Optional<StoredEvent> found = eventId.flatMap(store::event);
            if (found.isEmpty()) {
                err().println("tidings event: no event " + id);
                return 1;
            }
            StoredEvent e = found.get();
            List<MergeDecision> decisions = store.decisions(e.id());
            if ("json".equals(format)) {
                var o = StoredJson.resolvedEvent(e);
                var d = o.putArray("decisions");
                for (MergeDecision m : decisions) {
                    var x = d.addObject().put("a", m.a()).put("b", m.b()).put("merged", m.merged()).put("score", m.score());
                    m.reasons().forEach(x.putArray("reasons")::add);
                }
                out().println(Listing.pretty(o));
                return 0;
            }
            if (!"text".equals(format)) {
                throw new IllegalArgumentException("--format must be text or json, not " + format);
            }
            print(e, decisions);
        }
        return 0;
    }

    private static Optional<Long> parse(Store store, String value) {
        if (value.matches("\\d{1,19}")) {
            try {
                return Optional.of(Long.parseLong(value));
            } catch (NumberFormatException ignored) {
                return Optional.empty();
            }
        }
        return store.eventOf(value);
    }

    private void print(StoredEvent se, List<MergeDecision> decisions) {
        EventMention e = se.event();
        var out = out();
        out.printf("Event %d: %s (CAMEO %s, Goldstein %s)%n", se.id(), e.type(), e.cameo(), e.goldstein());
        out.printf("  source:        %s%n", StoredJson.codes(e.source()));
        out.printf("  target:        %s%n", StoredJson.codes(e.target()));
        out.printf("  date:          %s%s%n", e.date() == null ? "-" : e.date().value(),
                se.dateEvidence().isEmpty() ? "" : "   from " + String.join("; ", se.dateEvidence()));
        out.printf("  place:         %s%s%n", e.location() == null ? "-" : e.location().name(),
                se.placeEvidence().isEmpty() ? "" : "   from " + String.join("; ", se.placeEvidence()));
        out.printf("  certainty:     %s; %s%n", e.certainty(), se.corroboration());
        out.printf("  reports:       %d mentions in %d articles (%d independent)%n", se.reports(), se.articles(),
                se.independentReports());
        out.printf("  outlets:       %s (independent); all: %s%n", String.join(", ", se.outlets()),
                String.join(", ", se.allOutlets()));
        out.printf("  first / last:  %s / %s%n", se.firstReport(), se.lastReport());
        out.printf("  fields from:   %s%n", se.representative());
        out.println();
        out.println("Mentions:");
        Table mentions = new Table("mention", "outlet", "published", "type", "date", "certainty", "sentence");
        for (StoredMention m : se.mentions()) {
            EventMention x = m.mention();
            mentions.row(m.id(), m.outlet() == null ? "" : m.outlet(), m.published() == null ? "" : m.published(),
                    x.type(), x.date() == null ? "" : x.date().value() + " (" + x.date().basis() + ")",
                    x.certainty() == null ? "" : x.certainty(),
                    Table.clip(x.evidence() == null ? "" : x.evidence().text(), 80));
        }
        mentions.print(out);
        out.println();
        out.println("Merge decisions:");
        if (decisions.isEmpty()) {
            out.println("  (none: no other mention came close)");
        }
        for (MergeDecision d : decisions) {
            out.printf("  %s %s %s  score %.2f: %s%n", d.a(), d.merged() ? "==" : "!=", d.b(), d.score(),
                    d.reasonText());
        }
    }

}
