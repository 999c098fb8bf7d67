package org.tidings.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tidings.ingest.Article;
import org.tidings.ingest.ArticleSink;
import org.tidings.ingest.ArticleSources;
import org.tidings.ingest.ReadFailure;

/**
 * Reads one input file in a task with the core's readers ({@link ArticleSources}: format sniffing, WARC, JSON
 * Lines, text, HTML, ...). They read local files, so a file of another file system is first copied to the task's
 * local disk, under its own name (the name's extension can decide the format).
 */
final class ArticleFiles {

    private static final Logger LOG = LoggerFactory.getLogger(ArticleFiles.class);

    private ArticleFiles() {
    }

    static List<ReadItem> read(String file, int fileIndex, Instant ingestedAt, Configuration conf) {
        List<ReadItem> out = new ArrayList<>();
        ArticleSink sink = new ArticleSink() {
            @Override
            public void article(Article article) {
                out.add(ArticleRecord.of(article, file, fileIndex, out.size()));
            }

            @Override
            public void failure(ReadFailure failure) {
                out.add(new FailureRecord(file, failure.origin().place(), failure.reason()));
            }
        };
        Clock clock = Clock.fixed(ingestedAt, ZoneOffset.UTC);
        Path path = new Path(file);
        if (path.toUri().getScheme() == null || "file".equals(path.toUri().getScheme())) {
            ArticleSources.read(List.of(java.nio.file.Path.of(path.toUri().getPath())), sink, clock);
            return out;
        }
        java.nio.file.Path dir = null;
        try {
            dir = Files.createTempDirectory("tidings-input");
            java.nio.file.Path local = dir.resolve(path.getName());
            FileSystem fs = path.getFileSystem(conf);
            try (InputStream in = fs.open(path)) {
                Files.copy(in, local, StandardCopyOption.REPLACE_EXISTING);
            }
            ArticleSources.read(List.of(local), sink, clock);
        } catch (IOException e) {
            out.add(new FailureRecord(file, null, "cannot read: " + e.getMessage()));
        } finally {
            delete(dir);
        }
        return out;
    }

    private static void delete(java.nio.file.Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<java.nio.file.Path> files = Files.walk(dir)) {
            for (java.nio.file.Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | UncheckedIOException e) {
            LOG.warn("cannot delete the local copy {}: {}", dir, e.getMessage());
        }
    }
}
