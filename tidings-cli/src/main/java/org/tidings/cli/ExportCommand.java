package org.tidings.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tidings.actors.ActorMention;
import org.tidings.events.EventMention;
import org.tidings.ingest.Article;
import org.tidings.store.EventQuery;
import org.tidings.store.Store;
import org.tidings.store.StoredEvent;
import org.tidings.store.StoredMention;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code tidings export}: resolved events, their mentions and the articles, for other tools.
 *
 * <p>Into a directory (the default): {@code events}, {@code mentions} and {@code articles} files of the format.
 * jsonl: events in the shape of {@code tidings events --format jsonl}, mentions and articles one object a line;
 * csv and parquet: flat columns (written by DuckDB's COPY); gdelt: the GDELT 2.0 event table
 * ({@code events.CSV}, 61 tab-separated columns, no header) and mentions table ({@code mentions.CSV}, 16 columns).
 * With {@code --out FILE.jsonl|.csv|.parquet}, only the events go to that one file.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export resolved events, their mentions and the articles (jsonl, csv, gdelt or parquet).")
public final class ExportCommand extends StoreCommand {

    enum Format { jsonl, csv, gdelt, parquet }

    @Option(names = "--format", paramLabel = "FORMAT", description = "jsonl, csv, gdelt or parquet (default: ${DEFAULT-VALUE}).")
    Format format = Format.jsonl;

    @Option(names = "--out", paramLabel = "DIR|FILE",
            description = "A directory for events, mentions and articles (default: ${DEFAULT-VALUE}), or one file "
                    + "(.jsonl, .csv, .parquet) for the events alone.")
    Path out = Path.of("tidings-export");

    @Override
    protected int run() throws IOException {
        String name = out.getFileName() == null ? "" : out.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean single = name.endsWith(".jsonl") || name.endsWith(".csv") || name.endsWith(".parquet");
        if (single && format == Format.gdelt) {
            throw new IllegalArgumentException("--format gdelt writes two tables; give a directory to --out");
        }
        if (!single) {
            Files.createDirectories(out);
        } else if (out.toAbsolutePath().getParent() != null) {
            Files.createDirectories(out.toAbsolutePath().getParent());
        }
        List<Path> written = new ArrayList<>();
        try (Store store = openStore()) {
            switch (format) {
                case jsonl -> {
                    Path events = single ? out : out.resolve("events.jsonl");
                    writeEventsJsonl(store, events);
                    written.add(events);
                    if (!single) {
                        written.add(copy(store, Store.Table.MENTIONS, out.resolve("mentions.jsonl"), "json"));
                        written.add(copy(store, Store.Table.ARTICLES, out.resolve("articles.jsonl"), "json"));
                    }
                }
                case csv, parquet -> {
                    String ext = format.name();
                    written.add(copy(store, Store.Table.EVENTS, single ? out : out.resolve("events." + ext), ext));
                    if (!single) {
                        written.add(copy(store, Store.Table.MENTIONS, out.resolve("mentions." + ext), ext));
                        written.add(copy(store, Store.Table.ARTICLES, out.resolve("articles." + ext), ext));
                    }
                }
                case gdelt -> {
                    Gdelt.write(store, out.resolve("events.CSV"), out.resolve("mentions.CSV"));
                    written.add(out.resolve("events.CSV"));
                    written.add(out.resolve("mentions.CSV"));
                }
                default -> throw new IllegalStateException(format.name());
            }
        }
        for (Path p : written) {
            out().println("wrote " + p);
        }
        return 0;
    }

    private static Path copy(Store store, Store.Table table, Path file, String format) {
        store.export(table, file, format);
        return file;
    }

    private static void writeEventsJsonl(Store store, Path file) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (StoredEvent e : store.events(EventQuery.all())) {
                w.write(Listing.write(Listing.JSON, StoredJson.resolvedEvent(e)));
                w.write('\n');
            }
        }
    }

    /** The GDELT 2.0 event and mentions tables, column for column (GDELT Event Codebook V2.0). */
    static final class Gdelt {

        private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

        private Gdelt() {
        }

        static void write(Store store, Path eventsFile, Path mentionsFile) {
            Map<String, Article> articles = new HashMap<>();
            try (BufferedWriter events = Files.newBufferedWriter(eventsFile, StandardCharsets.UTF_8);
                 BufferedWriter mentions = Files.newBufferedWriter(mentionsFile, StandardCharsets.UTF_8)) {
                for (StoredEvent e : store.events(EventQuery.all())) {
                    String added = stamp(e.firstReport());
                    events.write(String.join("\t", eventRow(e, added)));
                    events.write('\n');
                    for (StoredMention m : e.mentions()) {
                        Article a = articles.computeIfAbsent(m.articleId(), id -> store.article(id).orElse(null));
                        mentions.write(String.join("\t", mentionRow(e, m, a, added)));
                        mentions.write('\n');
                    }
                }
            } catch (IOException ex) {
                throw new UncheckedIOException("cannot write " + eventsFile + ": " + ex.getMessage(), ex);
            }
        }

        static List<String> eventRow(StoredEvent se, String added) {
            EventMention e = se.event();
            List<String> row = new ArrayList<>(61);
            row.add(Long.toString(se.id()));
            LocalDate day = day(e, se);
            row.add(day == null ? "" : day.format(DateTimeFormatter.BASIC_ISO_DATE));
            row.add(day == null ? "" : String.format("%04d%02d", day.getYear(), day.getMonthValue()));
            row.add(day == null ? "" : Integer.toString(day.getYear()));
            row.add(day == null ? "" : String.format(Locale.ROOT, "%.4f",
                    day.getYear() + (day.getMonthValue() * 30 + day.getDayOfMonth()) / 365.0));
            actor(row, e.source());
            actor(row, e.target());
            row.add(e.evidence() != null && e.evidence().sentence() == 0 ? "1" : "0");
            String cameo = e.cameo() == null ? "" : e.cameo();
            row.add(cameo);
            row.add(cameo.length() >= 3 ? cameo.substring(0, 3) : cameo);
            row.add(cameo.length() >= 2 ? cameo.substring(0, 2) : cameo);
            row.add(quadClass(cameo));
            row.add(Double.toString(e.goldstein()));
            row.add(Integer.toString(se.reports()));
            row.add(Integer.toString(se.outlets().size()));
            row.add(Integer.toString(se.articles()));
            row.add(""); // AvgTone: Tidings does not score tone
            geo(row, null); // Actor1Geo: actors are not geocoded apart from the action
            geo(row, null);
            geo(row, e.location());
            row.add(added);
            row.add(se.mentions().isEmpty() || se.mentions().get(0).url() == null ? "" : se.mentions().get(0).url());
            return row;
        }

        static List<String> mentionRow(StoredEvent se, StoredMention m, Article a, String added) {
            EventMention e = m.mention();
            List<String> row = new ArrayList<>(16);
            row.add(Long.toString(se.id()));
            row.add(added);
            row.add(stamp(m.published()));
            row.add(m.url() != null ? "1" : "2");
            row.add(clean(m.outlet() != null ? m.outlet() : host(m.url())));
            row.add(clean(m.url() != null ? m.url() : (m.outlet() == null ? "" : m.outlet() + ", ")
                    + (a == null ? m.articleId() : a.title())));
            EventMention.Evidence ev = e.evidence();
            row.add(ev == null ? "" : Integer.toString(ev.sentence() + 1));
            row.add(e.source().isEmpty() ? "-1" : Integer.toString(e.source().get(0).begin()));
            row.add(e.target().isEmpty() ? "-1" : Integer.toString(e.target().get(0).begin()));
            int action = -1;
            if (ev != null) {
                int at = ev.trigger() == null ? -1 : ev.text().indexOf(ev.trigger());
                action = ev.begin() + Math.max(0, at);
            }
            row.add(Integer.toString(action));
            row.add("1");
            row.add(Integer.toString(confidence(e.certainty())));
            row.add(a == null ? "" : Integer.toString(a.body().length()));
            row.add(""); // MentionDocTone
            row.add(a == null || a.language() == null || "en".equals(a.language()) ? "" : "srclc:" + a.language());
            row.add(""); // Extras
            return row;
        }

        private static void actor(List<String> row, List<ActorMention> actors) {
            ActorMention a = actors.isEmpty() ? null : actors.get(0);
            row.add(a == null || a.code() == null ? "" : a.code());
            row.add(a == null ? "" : clean((a.name() != null ? a.name() : a.text()).toUpperCase(Locale.ROOT)));
            String country = a == null || a.country() == null ? "" : a.country();
            boolean group = "IGO".equals(country) || "NGO".equals(country);
            row.add(group ? "" : country);
            row.add(group ? (a.code() == null ? country : a.code()) : ""); // KnownGroupCode
            row.add(""); // EthnicCode
            row.add(""); // Religion1Code
            row.add(""); // Religion2Code
            row.add(a == null || a.sector() == null ? "" : a.sector());
            row.add(""); // Type2Code
            row.add(""); // Type3Code
        }

        // Type, Fullname, CountryCode, ADM1Code, ADM2Code, Lat, Long, FeatureID.
        private static void geo(List<String> row, EventMention.Place p) {
            if (p == null) {
                row.add("0");
                for (int i = 0; i < 7; i++) {
                    row.add("");
                }
                return;
            }
            boolean point = p.latitude() != null && p.longitude() != null;
            row.add(point ? "4" : "1");
            row.add(clean(p.name()));
            row.add(p.country() == null ? "" : p.country()); // CAMEO/ISO alpha-3, where GDELT has FIPS 10-4
            row.add("");
            row.add("");
            row.add(point ? Double.toString(p.latitude()) : "");
            row.add(point ? Double.toString(p.longitude()) : "");
            row.add("");
        }

        static String quadClass(String cameo) {
            if (cameo == null || cameo.length() < 2) {
                return "";
            }
            int root;
            try {
                root = Integer.parseInt(cameo.substring(0, 2));
            } catch (NumberFormatException e) {
                return "";
            }
            return root <= 5 ? "1" : root <= 8 ? "2" : root <= 13 ? "3" : "4";
        }

        private static int confidence(String certainty) {
            if (certainty == null) {
                return 50;
            }
            return switch (certainty) {
                case "asserted" -> 100;
                case "reported" -> 80;
                case "alleged" -> 50;
                case "planned", "hypothetical" -> 30;
                default -> 10;
            };
        }

        private static LocalDate day(EventMention e, StoredEvent se) {
            if (e.date() != null && e.date().value() != null && e.date().value().length() >= 10) {
                try {
                    return LocalDate.parse(e.date().value().substring(0, 10));
                } catch (java.time.format.DateTimeParseException ignored) {
                    // a week or month: fall through to the first report
                }
            }
            if (e.date() != null && e.date().value() != null && e.date().value().matches("\\d{4}-\\d{2}")) {
                return LocalDate.parse(e.date().value() + "-01");
            }
            String first = se.firstReport();
            return first != null && first.length() >= 10 ? LocalDate.parse(first.substring(0, 10)) : null;
        }

        /** YYYYMMDDHHMMSS in UTC; midnight when only the day is known. */
        static String stamp(String published) {
            if (published == null || published.length() < 10) {
                return "";
            }
            try {
                return OffsetDateTime.parse(published).withOffsetSameInstant(ZoneOffset.UTC).format(STAMP);
            } catch (java.time.format.DateTimeParseException e) {
                try {
                    if (published.length() >= 19) {
                        return java.time.LocalDateTime.parse(published.substring(0, 19)).format(STAMP);
                    }
                    return LocalDate.parse(published.substring(0, 10)).atStartOfDay().format(STAMP);
                } catch (java.time.format.DateTimeParseException e2) {
                    return "";
                }
            }
        }

        private static String host(String url) {
            if (url == null) {
                return "";
            }
            try {
                String h = java.net.URI.create(url).getHost();
                return h == null ? "" : h;
            } catch (IllegalArgumentException e) {
                return "";
            }
        }

        private static String clean(String s) {
            return s == null ? "" : s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
        }
    }
}
