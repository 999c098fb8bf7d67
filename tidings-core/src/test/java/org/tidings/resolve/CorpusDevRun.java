package org.tidings.resolve;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.tidings.events.CodedArticle;
import org.tidings.store.Store;

/**
 * By hand, for tuning without re-running the NLP pipeline: takes the coded articles of an ingested store
 * (args[0], e.g. after {@code tidings --data DIR ingest .../resolve/corpus}), saves them into a fresh store and
 * prints the B-cubed score and the clusters.
 */
public final class CorpusDevRun {

    public static void main(String[] args) throws Exception {
        List<CodedArticle> corpus = new ArrayList<>();
        Path source = Path.of(args[0]);
        Path copy = Files.createTempDirectory("tidings-resolve-dev");
        try (Store in = Store.open(source)) {
            for (String id : new java.util.TreeSet<>(in.articleIds())) {
                corpus.add(in.load(id).orElseThrow());
            }
        }
        try (Store out = Store.open(copy)) {
            corpus.forEach(out::save);
            CorpusScore.Score s = CorpusScore.score(out, corpus);
            System.out.println(s);
            System.out.println("resolver only: " + s.resolver());
            System.out.print(CorpusScore.table(s));
            for (CodedArticle c : corpus) {
                for (int i = 0; i < c.events().size(); i++) {
                    var e = c.events().get(i);
                    System.out.printf("%s %-12s %-9s %-20s %-20s %-12s %-10s %-10s %-12s %s%n", CorpusScore.fileName(c)
                            .substring(0, Math.min(34, CorpusScore.fileName(c).length())),
                            out.eventOf(c.document().article().id() + "-" + i).orElse(0L) % 100000,
                            e.type(), codes(e.source()), codes(e.target()),
                            e.date() == null ? "" : e.date().value(), e.date() == null ? "" : e.date().basis(),
                            e.certainty(), e.evidence() == null ? "" : e.evidence().trigger(),
                            e.evidence() == null ? "" : e.evidence().text().substring(0,
                                    Math.min(90, e.evidence().text().length())));
                }
            }
            out.duplicates().forEach(System.out::println);
        }
    }

    private static String codes(List<org.tidings.actors.ActorMention> actors) {
        return String.join(",", actors.stream().map(a -> String.valueOf(a.code())).toList());
    }
}
