package org.tidings.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/** A sink that keeps what it gets, and helpers to write test inputs. */
final class Collected implements ArticleSink {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);

    final List<Article> articles = new ArrayList<>();
    final List<ReadFailure> failures = new ArrayList<>();
    List<FileReport> reports = List.of();

    @Override
    public void article(Article article) {
        articles.add(article);
    }

    @Override
    public void failure(ReadFailure failure) {
        failures.add(failure);
    }

    static Collected read(Path... paths) {
        return read(Limits.DEFAULT, paths);
    }

    static Collected read(Limits limits, Path... paths) {
        Collected c = new Collected();
        c.reports = ArticleSources.read(List.of(paths), c, CLOCK, limits);
        return c;
    }

    Article only() {
        if (articles.size() != 1) {
            throw new AssertionError("expected one article, got " + articles.size() + "; failures " + failures);
        }
        return articles.get(0);
    }

    ReadFailure onlyFailure() {
        if (failures.size() != 1) {
            throw new AssertionError("expected one failure, got " + failures);
        }
        return failures.get(0);
    }

    static Path write(Path dir, String name, String text) {
        return write(dir, name, text.getBytes(StandardCharsets.UTF_8));
    }

    static Path write(Path dir, String name, byte[] bytes) {
        try {
            Path p = dir.resolve(name);
            Files.createDirectories(p.getParent());
            Files.write(p, bytes);
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] gzip(byte[] bytes) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
                gz.write(bytes);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] gzip(String text) {
        return gzip(text.getBytes(StandardCharsets.UTF_8));
    }
}
