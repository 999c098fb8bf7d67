package org.tidings.ingest;

/**
 * What happened to one input file.
 *
 * @param file     the file as named in origins ({@link Origin#file()})
 * @param format   the format it was read as: seed, text, jsonl, json, html, feed, warc, csv; or "unreadable"
 *                 when it could not be opened or recognised (binary, missing, corrupt gzip)
 * @param gzip     whether it was gzip-compressed
 * @param articles articles read from it
 * @param failures failures reported for it
 */
public record FileReport(String file, String format, boolean gzip, int articles, int failures) {
}
