package org.tidings.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tidings.Tidings;
import org.tidings.events.CodedArticle;
import org.tidings.ingest.Article;
import org.tidings.resolve.Fingerprint;
import org.tidings.resolve.Report;

/**
 * Codes articles in a task with the pipeline of its executor JVM: {@link Tidings#defaults()} loads the CoreNLP
 * models once per JVM, on first use, and serves every task thread after that.
 */
final class ArticleCoder {

    private static final Logger LOG = LoggerFactory.getLogger(ArticleCoder.class);

    private ArticleCoder() {
    }

    static CodeResult code(ArticleRecord record, StoreRows rows) {
        Article article = record.toArticle();
        CodedArticle coded;
        try {
            coded = Tidings.defaults().process(article);
        } catch (RuntimeException e) {
            LOG.warn("{}: analysis failed", article.origin(), e);
            return new CodingFailure(new FailureRecord(record.originFile(), record.originPlace(),
                    "analysis failed: " + e));
        }
        Map<String, List<Row>> tables = rows.article(coded);
        List<Row> mentionRows = tables.remove("event_mentions");
        List<MentionRecord> mentions = new ArrayList<>();
        for (int i = 0; i < coded.events().size(); i++) {
            Report r = new Report(article.id() + "-" + i, article.id(), article.url(), article.outlet(),
                    article.published(), coded.events().get(i));
            mentions.add(new MentionRecord(r.id(), article.id(), Reports.encode(r), mentionRows.get(i)));
        }
        // The store fingerprints the body (Store.save), whatever text the analysis ran on.
        ArticlePrint print = ArticlePrint.of(article.id(), article.published(), Fingerprint.of(article.body()));
        return new CodedRows(article.id(), tables, mentions, print);
    }
}
