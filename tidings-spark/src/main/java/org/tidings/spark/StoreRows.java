package org.tidings.spark;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.tidings.actors.ActorMention;
import org.tidings.events.CodedArticle;
import org.tidings.events.EventMention;
import org.tidings.ingest.Article;
import org.tidings.nlp.AnnotatedDocument;
import org.tidings.nlp.EntityMention;
import org.tidings.nlp.Sentence;
import org.tidings.nlp.Timex;
import org.tidings.resolve.MergeDecision;
import org.tidings.resolve.Periods;
import org.tidings.resolve.ResolvedEvent;
import org.tidings.store.Json;

/** The rows the embedded store writes for a coded article, a resolved event, a decision, a near-duplicate. */
record StoreRows(StoreTables tables) implements Serializable {

    /** The rows of one coded article, by table; its event mentions have no event yet (resolution adds it). */
    Map<String, List<Row>> article(CodedArticle coded) {
        AnnotatedDocument doc = coded.document();
        Article a = doc.article();
        String id = a.id();
        Map<String, List<Row>> out = new LinkedHashMap<>();
        out.put("articles", List.of(tables.row("articles").set("id", id).set("url", a.url()).set("outlet", a.outlet())
                .set("title", a.title()).set("published", a.published())
                .set("published_day", a.publicationDate().orElse(null)).set("body", a.body())
                .set("language", a.language()).set("authors", Json.strings(a.authors()))
                .set("origin_file", a.origin() == null ? null : a.origin().file())
                .set("origin_place", a.origin() == null ? null : a.origin().place())
                // The store keeps microseconds.
                .set("ingested_at", a.ingestedAt() == null ? null
                        : LocalDateTime.ofInstant(a.ingestedAt(), ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS))
                .set("analysed_text", doc.text() == null || doc.text().equals(a.body()) ? null : doc.text())
                .build()));
        List<Row> sentences = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            sentences.add(tables.row("sentences").set("article_id", id).set("idx", s.index())
                    .set("begin_offset", s.begin()).set("end_offset", s.end()).set("text", s.text())
                    .set("tokens", Json.tokens(s.tokens())).set("basic", Json.dependencies(s.basic()))
                    .set("enhanced", Json.dependencies(s.enhanced())).build());
        }
        out.put("sentences", sentences);
        List<Row> entities = new ArrayList<>();
        for (EntityMention e : doc.entities()) {
            entities.add(tables.row("entities").set("article_id", id).set("idx", entities.size())
                    .set("sentence", e.sentence()).set("token_begin", e.tokenBegin()).set("token_end", e.tokenEnd())
                    .set("begin_offset", e.begin()).set("end_offset", e.end()).set("text", e.text())
                    .set("type", e.type()).build());
        }
        out.put("entities", entities);
        List<Row> timexes = new ArrayList<>();
        for (Timex t : doc.timexes()) {
            timexes.add(tables.row("timexes").set("article_id", id).set("idx", timexes.size())
                    .set("sentence", t.sentence()).set("token_begin", t.tokenBegin()).set("token_end", t.tokenEnd())
                    .set("begin_offset", t.begin()).set("end_offset", t.end()).set("text", t.text())
                    .set("type", t.type()).set("value", t.value()).set("mod", t.mod()).build());
        }
        out.put("timexes", timexes);
        List<Row> actors = new ArrayList<>();
        for (ActorMention m : coded.actors()) {
            actors.add(actor(tables.row("actor_mentions").set("article_id", id).set("idx", actors.size()), m));
        }
        out.put("actor_mentions", actors);
        List<Row> mentions = new ArrayList<>();
        List<Row> eventActors = new ArrayList<>();
        for (EventMention e : coded.events()) {
            int idx = mentions.size();
            mentions.add(mention(id, idx, e));
            for (int i = 0; i < e.source().size(); i++) {
                eventActors.add(actor(tables.row("event_actors").set("article_id", id).set("mention_idx", idx)
                        .set("role", "source").set("idx", i), e.source().get(i)));
            }
            for (int i = 0; i < e.target().size(); i++) {
                eventActors.add(actor(tables.row("event_actors").set("article_id", id).set("mention_idx", idx)
                        .set("role", "target").set("idx", i), e.target().get(i)));
            }
        }
        out.put("event_mentions", mentions);
        out.put("event_actors", eventActors);
        return out;
    }

    private Row mention(String id, int idx, EventMention e) {
        EventMention.Quantity quantity = e.quantity();
        EventMention.Evidence ev = e.evidence();
        return tables.row("event_mentions").set("article_id", id).set("idx", idx).set("type", e.type())
                .set("mode", e.mode()).set("cameo", e.cameo()).set("goldstein", e.goldstein())
                .apply(r -> whenAndWhere(r, e)).set("certainty", e.certainty())
                .set("reported_by", Json.strings(e.reportedBy()))
                .set("quantity_value", quantity == null ? null : quantity.value())
                .set("quantity_unit", quantity == null ? null : quantity.unit())
                .set("evidence_sentence", ev == null ? null : ev.sentence())
                .set("evidence_begin", ev == null ? null : ev.begin())
                .set("evidence_end", ev == null ? null : ev.end())
                .set("evidence_text", ev == null ? null : ev.text())
                .set("trigger", ev == null ? null : ev.trigger())
                .set("trigger_token", ev == null ? null : ev.triggerToken())
                .set("pattern", e.pattern())
                .set("event_id", null)
                .build();
    }

    private static Row actor(TableRow row, ActorMention m) {
        return row.set("sentence", m.sentence()).set("token_begin", m.tokenBegin()).set("token_end", m.tokenEnd())
                .set("begin_offset", m.begin()).set("end_offset", m.end()).set("text", m.text())
                .set("name", m.name()).set("country", m.country()).set("sector", m.sector()).set("code", m.code())
                .set("identity", m.identity()).set("rule", m.rule()).build();
    }

    /** An event mention's row, now with its event. */
    Row withEvent(Row mention, long eventId) {
        return TableRow.with(mention, tables.columns("event_mentions"), "event_id", eventId);
    }

    Row event(ResolvedEvent e) {
        EventMention m = e.event();
        int cut = e.representative().lastIndexOf('-');
        TableRow row = tables.row("events");
        // Summary columns come from whole tables afterwards (EventSummaries), as the embedded store's do.
        tables.columns("events").stream().filter(EventSummaries::computed).forEach(c -> row.set(c, null));
        return row.set("id", e.id()).set("type", m.type()).set("mode", m.mode())
                .set("cameo", m.cameo()).set("goldstein", m.goldstein())
                .apply(r -> whenAndWhere(r, m)).set("certainty", m.certainty()).set("corroboration", e.corroboration())
                .set("reports", e.reports().size()).set("articles", e.articles())
                .set("independent_reports", e.independentReports()).set("outlets", Json.strings(e.outlets()))
                .set("all_outlets", Json.strings(e.allOutlets())).set("first_report", e.firstReport())
                .set("last_report", e.lastReport())
                .set("rep_article", e.representative().substring(0, cut))
                .set("rep_idx", Integer.parseInt(e.representative().substring(cut + 1)))
                .set("date_evidence", Json.strings(e.dateEvidence()))
                .set("place_evidence", Json.strings(e.placeEvidence()))
                .build();
    }

    // The date and place columns, the same in a mention's row and its event's.
    private static TableRow whenAndWhere(TableRow row, EventMention m) {
        EventMention.EventDate date = m.date();
        LocalDate[] period = date == null ? null : Periods.of(date.value());
        EventMention.Place place = m.location();
        row.set("date_value", date == null ? null : date.value())
                .set("date_basis", date == null ? null : date.basis())
                .set("date_expression", date == null ? null : date.expression())
                .set("date_first_day", period == null ? null : period[0])
                .set("date_last_day", period == null ? null : period[1])
                .set("location_name", place == null ? null : place.name())
                .set("location_country", place == null ? null : place.country())
                .set("latitude", place == null ? null : place.latitude())
                .set("longitude", place == null ? null : place.longitude());
        return row;
    }

    Row link(MergeDecision d) {
        int cutA = d.a().lastIndexOf('-');
        int cutB = d.b().lastIndexOf('-');
        return tables.row("event_links").set("article_a", d.a().substring(0, cutA))
                .set("idx_a", Integer.parseInt(d.a().substring(cutA + 1)))
                .set("article_b", d.b().substring(0, cutB)).set("idx_b", Integer.parseInt(d.b().substring(cutB + 1)))
                .set("merged", d.merged()).set("score", d.score()).set("reasons", Json.strings(d.reasons())).build();
    }

    Row duplicate(NearDuplicate d) {
        return tables.row("article_duplicates").set("article_id", d.copy()).set("duplicate_of", d.original())
                .set("jaccard", d.jaccard()).set("containment", d.containment()).build();
    }
}
