package org.tidings.ingest;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * CSV with a header row naming the columns (the Wikinews corpus has {@code url,date,title,text}), quoted as RFC
 * 4180 says: fields in double quotes may hold commas, doubled quotes and line breaks. Streams row by row. A
 * column named text, body, maintext or content is required; url, date (or published), title, outlet (or
 * source), language and author(s) are used when present.
 */
final class CsvReader implements ArticleReader {

    static final Set<String> TEXT = Set.of("text", "body", "maintext", "content", "article");
    static final Set<String> OTHER = Set.of("url", "link", "date", "published", "date_publish", "title",
            "headline", "outlet", "source", "source_domain", "language", "lang", "author", "authors", "id");

    @Override
    public void read(Source source, Emitter out) throws IOException {
        try (Reader reader = source.openText()) {
            Rows rows = new Rows(reader, source.limits().maxArticleBytes());
            out.at("line 1");
            List<String> header = rows.next();
            if (header == null) {
                out.failure("empty CSV file");
                return;
            }
            Map<String, Integer> col = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                col.putIfAbsent(header.get(i).strip().toLowerCase(Locale.ROOT), i);
            }
            Integer text = first(col, "text", "body", "maintext", "content", "article");
            if (text == null) {
                out.failure("CSV header has no text column (expected one of text, body, maintext, content): " + header);
                return;
            }
            int row = 0;
            while (true) {
                long line = rows.line();
                List<String> fields;
                try {
                    fields = rows.next();
                } catch (InputException e) {
                    out.at("row " + (row + 1) + " (line " + line + ")");
                    throw e;
                }
                if (fields == null) {
                    break;
                }
                row++;
                out.at("row " + row + " (line " + line + ")");
                if (rows.tooLong()) {
                    out.failure("row too large for one article (over " + Limits.megabytes(source.limits().maxArticleBytes()) + ")");
                    continue;
                }
                if (fields.size() == 1 && fields.get(0).isBlank()) {
                    continue;
                }
                if (fields.size() != header.size()) {
                    out.failure("row has " + fields.size() + " fields, the header has " + header.size());
                    if (fields.size() <= text) {
                        continue;
                    }
                }
                String authors = get(fields, first(col, "authors", "author"));
                out.article(new Draft(get(fields, first(col, "url", "link")),
                        get(fields, first(col, "outlet", "source_domain", "source")),
                        get(fields, first(col, "title", "headline")),
                        get(fields, first(col, "date", "published", "date_publish")),
                        get(fields, text),
                        get(fields, first(col, "language", "lang")),
                        authors == null ? List.of() : List.of(authors.split("\\s*;\\s*"))));
            }
        }
    }

    private static Integer first(Map<String, Integer> col, String... names) {
        for (String n : names) {
            if (col.containsKey(n)) {
                return col.get(n);
            }
        }
        return null;
    }

    private static String get(List<String> fields, Integer i) {
        return i == null || i >= fields.size() ? null : fields.get(i);
    }

    /** Whether a first line looks like the header of an article CSV. */
    static boolean isHeader(String firstLine) {
        String[] cols = firstLine.toLowerCase(Locale.ROOT).split(",", -1);
        if (cols.length < 2) {
            return false;
        }
        boolean text = false;
        boolean other = false;
        for (String c : cols) {
            String name = c.strip().replace("\"", "");
            text |= TEXT.contains(name);
            other |= OTHER.contains(name);
        }
        return text && other;
    }

    /** RFC 4180 rows from a character stream, one at a time. */
    static final class Rows {
        private final Reader in;
        private final long maxChars;
        private final char[] buf = new char[65536];
        private int pos;
        private int lim;
        private long line = 1;
        private boolean tooLong;

        Rows(Reader in, long maxChars) {
            this.in = in;
            this.maxChars = maxChars;
        }

        /** Line number at which the next row starts. */
        long line() {
            return line;
        }

        boolean tooLong() {
            return tooLong;
        }

        private int read() throws IOException {
            if (pos == lim) {
                lim = in.read(buf, 0, buf.length);
                pos = 0;
                if (lim <= 0) {
                    lim = 0;
                    return -1;
                }
            }
            return buf[pos++];
        }

        private int peek() throws IOException {
            int c = read();
            if (c >= 0) {
                pos--;
            }
            return c;
        }

        /** The fields of the next row, or null at the end of input. */
        List<String> next() throws IOException {
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            long size = 0;
            long startLine = line;
            tooLong = false;
            int c = read();
            if (c < 0) {
                return null;
            }
            boolean quoted = false;
            boolean fieldStart = true;
            while (true) {
                if (c < 0) {
                    if (quoted) {
                        throw new InputException("unterminated quoted field: the quote opened on line "
                                + startLine + " or later is never closed");
                    }
                    fields.add(field.toString());
                    return fields;
                }
                if (quoted) {
                    if (c == '"') {
                        if (peek() == '"') {
                            read();
                            append(field, '"', ++size);
                        } else {
                            quoted = false;
                        }
                    } else {
                        if (c == '\n') {
                            line++;
                        }
                        append(field, (char) c, ++size);
                    }
                } else if (c == '"' && fieldStart) {
                    quoted = true;
                    startLine = line;
                    fieldStart = false;
                } else if (c == ',') {
                    fields.add(field.toString());
                    field.setLength(0);
                    fieldStart = true;
                } else if (c == '\n' || c == '\r') {
                    if (c == '\r' && peek() == '\n') {
                        read();
                    }
                    line++;
                    fields.add(field.toString());
                    return fields;
                } else {
                    append(field, (char) c, ++size);
                    fieldStart = false;
                }
                c = read();
            }
        }

        private void append(StringBuilder field, char c, long size) {
            if (size > maxChars) {
                tooLong = true;
                field.setLength(0);
                return;
            }
            field.append(c);
        }
    }
}
