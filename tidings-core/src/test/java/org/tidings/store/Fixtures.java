package org.tidings.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tidings.actors.ActorMention;
import org.tidings.events.CodedArticle;
import org.tidings.events.EventMention;
import org.tidings.ingest.Article;
import org.tidings.ingest.ArticleIds;
import org.tidings.ingest.Origin;
import org.tidings.nlp.AnnotatedDocument;
import org.tidings.nlp.Dependency;
import org.tidings.nlp.EntityMention;
import org.tidings.nlp.Sentence;
import org.tidings.nlp.Timex;
import org.tidings.nlp.Token;

/**
 * Builds coded articles by hand, without CoreNLP: sentences end at ". ", tokens are runs of non-space, and
 * entities, time expressions, actors and events are placed by finding their words in the text.
 */
public final class Fixtures {

    /** Micro-second precision: what the store keeps. */
    public static final Instant INGESTED = Instant.parse("2024-10-21T10:15:30.123456Z");

    private final Article article;
    private final List<Sentence> sentences = new ArrayList<>();
    private final List<EntityMention> entities = new ArrayList<>();
    private final List<Timex> timexes = new ArrayList<>();
    private final List<ActorMention> actors = new ArrayList<>();
    private final List<EventMention> events = new ArrayList<>();

    private int scope = -1;

    private Fixtures(Article article) {
        this.article = article;
        Matcher s = Pattern.compile("[^.]+(\\.|$)").matcher(article.body());
        while (s.find()) {
            int begin = s.start();
            while (begin < s.end() && Character.isWhitespace(article.body().charAt(begin))) {
                begin++;
            }
            if (begin == s.end()) {
                continue;
            }
            List<Token> tokens = new ArrayList<>();
            List<Dependency> deps = new ArrayList<>();
            Matcher t = Pattern.compile("[^\\s.,]+|[.,]").matcher(article.body()).region(begin, s.end());
            while (t.find()) {
                int i = tokens.size();
                String word = t.group();
                tokens.add(new Token(i, word, word.toLowerCase(), word.matches("[.,]") ? word : "NN", "O",
                        t.start(), t.end()));
                deps.add(i == 0 ? new Dependency("root", -1, 0) : new Dependency("dep", 0, i));
            }
            sentences.add(new Sentence(sentences.size(), begin, s.end(), article.body().substring(begin, s.end()),
                    tokens, deps, deps));
        }
    }

    public static Fixtures article(String outlet, String published, String title, String body) {
        String id = ArticleIds.of(title, body);
        return new Fixtures(new Article(id, "https://" + outlet.toLowerCase() + ".example/" + id, outlet, title,
                published, body, "en", List.of("Staff writer"), new Origin("test.jsonl", "line 1"), INGESTED));
    }

    /** Looks words up in this sentence from now on (-1: anywhere). */
    public Fixtures in(int sentence) {
        scope = sentence;
        return this;
    }

    public Fixtures entity(String text, String type) {
        Span s = find(text);
        entities.add(new EntityMention(s.sentence, s.tokenBegin, s.tokenEnd, s.begin, s.end, text, type));
        return this;
    }

    public Fixtures timex(String text, String value) {
        Span s = find(text);
        timexes.add(new Timex(s.sentence, s.tokenBegin, s.tokenEnd, s.begin, s.end, text, "DATE", value, null));
        return this;
    }

    public Fixtures actor(String text, String name, String country, String sector) {
        actors.add(actorMention(text, name, country, sector));
        return this;
    }

    /** An event whose source and target are the actors added with these texts. */
    public Fixtures event(String type, String cameo, double goldstein, String source, String target, String date,
                          String certainty, String trigger) {
        Span t = find(trigger);
        Sentence s = sentences.get(t.sentence);
        events.add(new EventMention(type, null, cameo, goldstein, List.of(actorNamed(source)),
                target == null ? List.of() : List.of(actorNamed(target)),
                new EventMention.EventDate(date, "text", null), new EventMention.Place("Seoul", "KOR", 37.5665, 126.978),
                certainty, List.of(article.outlet()), null,
                new EventMention.Evidence(t.sentence, s.begin(), s.end(), s.text(), trigger, t.tokenBegin),
                "test." + type.toLowerCase()));
        return this;
    }

    /** Adds an event as given. */
    public Fixtures event(EventMention mention) {
        events.add(mention);
        return this;
    }

    public CodedArticle build() {
        return new CodedArticle(new AnnotatedDocument(article, article.body(), sentences, entities, timexes),
                actors, events);
    }

    private ActorMention actorNamed(String text) {
        return actors.stream().filter(a -> a.text().equals(text) && (scope < 0 || a.sentence() == scope)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no actor " + text));
    }

    private ActorMention actorMention(String text, String name, String country, String sector) {
        Span s = find(text);
        return new ActorMention(s.sentence, s.tokenBegin, s.tokenEnd, s.begin, s.end, text, name, country, sector,
                sector == null ? country : country + sector, null, "test");
    }

    private Span find(String text) {
        int begin = article.body().indexOf(text, scope < 0 ? 0 : sentences.get(scope).begin());
        if (begin < 0) {
            throw new IllegalArgumentException("'" + text + "' is not in the text");
        }
        int end = begin + text.length();
        for (Sentence s : sentences) {
            if (begin >= s.begin() && end <= s.end()) {
                int first = -1;
                int last = -1;
                for (Token t : s.tokens()) {
                    if (t.begin() >= begin && t.end() <= end) {
                        first = first < 0 ? t.index() : first;
                        last = t.index();
                    }
                }
                return new Span(s.index(), first, last + 1, begin, end);
            }
        }
        throw new IllegalArgumentException("'" + text + "' crosses sentences");
    }

    private record Span(int sentence, int tokenBegin, int tokenEnd, int begin, int end) {
    }

    /** The seed-like article used across tests. */
    public static CodedArticle summons() {
        return article("Yonhap", "2024-10-21T10:07:57+09:00", "Seoul summons Russian ambassador",
                "South Korea's Foreign Ministry summoned the Russian ambassador Georgy Zinoviev on October 18. "
                        + "The ministry protested against troops sent by North Korea to Russia. "
                        + "Moscow rejected the protest")
                .entity("South Korea", "COUNTRY").entity("Georgy Zinoviev", "PERSON")
                .entity("North Korea", "COUNTRY").entity("Russia", "COUNTRY").entity("Moscow", "CITY")
                .timex("on October 18", "2024-10-18")
                .actor("South Korea's Foreign Ministry", "South Korea", "KOR", "GOV")
                .actor("Russian ambassador Georgy Zinoviev", "Georgy Zinoviev", "RUS", "GOV")
                .actor("Moscow", "Russia", "RUS", "GOV")
                .event("CONSULT", "0", 1.0, "South Korea's Foreign Ministry", "Russian ambassador Georgy Zinoviev",
                        "2024-10-18", "asserted", "summoned")
                .event("REJECT", "120", -4.0, "Moscow", null, "2024-10", "reported", "rejected")
                .build();
    }
}
