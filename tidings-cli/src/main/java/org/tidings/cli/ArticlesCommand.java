package org.tidings.cli;

import java.time.LocalDate;
import java.util.List;
import org.tidings.ingest.Article;
import org.tidings.store.ArticleQuery;
import org.tidings.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code tidings articles}: lists stored articles, newest first. */
@Command(name = "articles", mixinStandardHelpOptions = true,
        description = "List stored articles, newest first. JSON Lines: one article a line with its sentences.")
public final class ArticlesCommand extends StoreCommand {

    @Option(names = "--outlet", paramLabel = "NAME", description = "Only this outlet (any case).")
    String outlet;

    @Option(names = "--from", paramLabel = "DATE", converter = FirstDay.class,
            description = "Published on or after (YYYY-MM-DD, YYYY-MM or YYYY).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", converter = LastDay.class,
            description = "Published on or before (YYYY-MM-DD, YYYY-MM or YYYY).")
    LocalDate to;

    @Option(names = "--title", paramLabel = "WORDS", description = "Only titles containing these words.")
    String title;

    @Option(names = "--limit", paramLabel = "N", description = "At most N articles (default: all).")
    int limit;

    @Option(names = "--format", paramLabel = "FORMAT", description = "table, json, jsonl or csv (default: ${DEFAULT-VALUE}).")
    Listing.Format format = Listing.Format.table;

    @Override
    protected int run() {
        if (limit < 0) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--limit must not be negative");
        }
        try (Store store = openStore()) {
            List<Article> articles = store.articles(
                    ArticleQuery.all().withOutlet(outlet).withDates(from, to).withTitle(title).withLimit(limit, 0));
            Listing listing = new Listing("ID", "PUBLISHED", "OUTLET", "SENTENCES", "TITLE", "URL");
            for (Article a : articles) {
                List<String> sentences = store.sentences(a.id());
                listing.add(StoredJson.article(a, sentences), a.id(), a.published(), a.outlet(), sentences.size(),
                        format == Listing.Format.table ? Listing.clip(a.title(), 70) : a.title(), a.url());
            }
            listing.print(format, out());
        }
        return 0;
    }
}
