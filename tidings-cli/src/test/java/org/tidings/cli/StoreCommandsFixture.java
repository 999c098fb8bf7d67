package org.tidings.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.tidings.actors.ActorMention;
import org.tidings.events.CodedArticle;
import org.tidings.events.EventMention;
import org.tidings.ingest.Article;
import org.tidings.ingest.ArticleIds;
import org.tidings.ingest.Origin;
import org.tidings.nlp.AnnotatedDocument;
import org.tidings.nlp.EntityMention;
import org.tidings.nlp.Sentence;
import org.tidings.nlp.Timex;
import org.tidings.search.SearchIndex;
import org.tidings.store.Store;

/** A small store built by hand (no NLP): three articles, two with events. */
final class StoreCommandsFixture {

    static final String SUMMONS_TITLE = "Seoul summons Russian ambassador";
    static final String SUMMONS_BODY = "South Korea's Foreign Ministry summoned the Russian ambassador Georgy Zinoviev "
            + "on October 18. Moscow rejected the protest.";
    static final String RECALL_BODY = "Germany recalled its ambassador from Minsk on Monday, officials said.";
    static final String FLOOD_BODY = "Heavy rain flooded the valley for days.";

    private StoreCommandsFixture() {
    }

    static String summonsId() {
        return ArticleIds.of(SUMMONS_TITLE, SUMMONS_BODY);
    }

    static String recallId() {
        return ArticleIds.of("Berlin recalls envoy", RECALL_BODY);
    }

    static void build(Path dir, boolean withIndex) {
        List<CodedArticle> all = List.of(summons(), recall(), flood());
        try (Store store = Store.open(dir)) {
            all.forEach(store::save);
            if (withIndex) {
                try (SearchIndex index = SearchIndex.open(store)) {
                    index.commit();
                }
            }
        }
    }

    static CodedArticle summons() {
        Article a = article("Yonhap", "2024-10-21T10:07:57+09:00", SUMMONS_TITLE, SUMMONS_BODY);
        String s0 = SUMMONS_BODY.substring(0, SUMMONS_BODY.indexOf('.') + 1);
        String s1 = SUMMONS_BODY.substring(s0.length() + 1);
        List<Sentence> sentences = List.of(sentence(0, 0, s0), sentence(1, s0.length() + 1, s1));
        ActorMention kor = actor(SUMMONS_BODY, "South Korea's Foreign Ministry", 0, "South Korea", "KOR", "GOV");
        ActorMention rus = actor(SUMMONS_BODY, "the Russian ambassador Georgy Zinoviev", 0, "Georgy Zinoviev", "RUS",
                "GOV");
        ActorMention moscow = actor(SUMMONS_BODY, "Moscow", 1, "Russia", "RUS", "GOV");
        EventMention consult = new EventMention("CONSULT", null, "0", 1.0, List.of(kor), List.of(rus),
                new EventMention.EventDate("2024-10-18", "text", "on October 18"),
                new EventMention.Place("Seoul", "KOR", 37.5665, 126.978), "asserted", List.of("Yonhap"), null,
                new EventMention.Evidence(0, 0, s0.length(), s0, "summoned", 4), "test.summon");
        EventMention reject = new EventMention("REJECT", null, "120", -4.0, List.of(moscow), List.of(kor),
                new EventMention.EventDate("2024-10-21", "publication", null), null, "reported", List.of("Yonhap"),
                null, new EventMention.Evidence(1, s0.length() + 1, SUMMONS_BODY.length(), s1, "rejected", 1),
                "test.reject");
        return new CodedArticle(new AnnotatedDocument(a, SUMMONS_BODY, sentences,
                List.of(entity(SUMMONS_BODY, "South Korea", 0, "COUNTRY"),
                        entity(SUMMONS_BODY, "Georgy Zinoviev", 0, "PERSON"),
                        entity(SUMMONS_BODY, "October 18", 0, "DATE"),
                        entity(SUMMONS_BODY, "Moscow", 1, "CITY")),
                List.of(new Timex(0, 10, 13, SUMMONS_BODY.indexOf("on October 18"),
                        SUMMONS_BODY.indexOf("on October 18") + 13, "on October 18", "DATE", "2024-10-18", null))),
                List.of(kor, rus, moscow), List.of(consult, reject));
    }

    static CodedArticle recall() {
        Article a = article("BBC", "2024-10-28", "Berlin recalls envoy", RECALL_BODY);
        ActorMention deu = actor(RECALL_BODY, "Germany", 0, "Germany", "DEU", null);
        EventMention reduce = new EventMention("REDUCE", null, "161", -4.0, List.of(deu), List.of(),
                new EventMention.EventDate("2024-W44", "text", "on Monday"), null, "asserted", List.of("BBC"),
                null, new EventMention.Evidence(0, 0, RECALL_BODY.length(), RECALL_BODY, "recalled", 1),
                "test.recall");
        return new CodedArticle(new AnnotatedDocument(a, RECALL_BODY, List.of(sentence(0, 0, RECALL_BODY)),
                List.of(entity(RECALL_BODY, "Germany", 0, "COUNTRY"), entity(RECALL_BODY, "Minsk", 0, "CITY")),
                List.of()), List.of(deu), List.of(reduce));
    }

    static CodedArticle flood() {
        Article a = article("BBC", null, "Floods in the valley", FLOOD_BODY);
        return new CodedArticle(new AnnotatedDocument(a, FLOOD_BODY, List.of(sentence(0, 0, FLOOD_BODY)), List.of(),
                List.of()), List.of(), List.of());
    }

    private static Article article(String outlet, String published, String title, String body) {
        String id = ArticleIds.of(title, body);
        return new Article(id, "https://news.example/" + id, outlet, title, published, body, "en", List.of(),
                new Origin("fixture.jsonl", null), Instant.parse("2024-11-01T00:00:00Z"));
    }

    private static Sentence sentence(int index, int begin, String text) {
        return new Sentence(index, begin, begin + text.length(), text, new ArrayList<>(), List.of(), List.of());
    }

    private static EntityMention entity(String body, String text, int sentence, String type) {
        int b = body.indexOf(text);
        return new EntityMention(sentence, 0, 1, b, b + text.length(), text, type);
    }

    private static ActorMention actor(String body, String text, int sentence, String name, String country,
                                      String sector) {
        int b = body.indexOf(text);
        return new ActorMention(sentence, 0, 1, b, b + text.length(), text, name, country, sector,
                sector == null ? country : country + sector, null, "test");
    }
}
