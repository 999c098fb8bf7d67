package org.tidings.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain text: the first non-empty line is the title, the rest the body. An optional header block of
 * {@code Key: value} lines (Title, URL, Outlet or Source, Date or Published, Language, Author or Authors)
 * may come first, ended by a blank line; a block with any other key is not a header but text.
 */
final class PlainTextReader implements ArticleReader {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(PlainTextReader.class);

    private static final Pattern HEADER = Pattern.compile(
            "^(title|url|link|outlet|source|date|published|language|lang|authors?|byline)\\s*:\\s*(.*)$",
            Pattern.CASE_INSENSITIVE);

    @Override
    public void read(Source source, Emitter out) throws IOException {
        String text = Decoding.decode(source.readAll(source.limits().maxArticleBytes()), null);
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        int i = 0;
        while (i < lines.length && lines[i].isBlank()) {
            i++;
        }
        String title = null;
        String url = null;
        String outlet = null;
        String date = null;
        String language = null;
        List<String> authors = new ArrayList<>();
        int end = i;
        while (end < lines.length && HEADER.matcher(lines[end].strip()).matches()) {
            end++;
        }
        boolean header = end > i && (end == lines.length || lines[end].isBlank());
        if (header) {
            for (int k = i; k < end; k++) {
                Matcher m = HEADER.matcher(Texts.cleanLine(lines[k]));
                m.matches();
                String value = m.group(2).strip();
                switch (m.group(1).toLowerCase(Locale.ROOT)) {
                    case "title" -> title = value;
                    case "url", "link" -> url = value;
                    case "outlet", "source" -> outlet = value;
                    case "date", "published" -> date = value;
                    case "language", "lang" -> language = value;
                    default -> authors.addAll(List.of(value.split("\\s*(?:;|,| and )\\s*")));
                }
            }
            i = end;
        }
        if (title == null) {
            while (i < lines.length && lines[i].isBlank()) {
                i++;
            }
            title = i < lines.length ? lines[i++] : "";
        }
        String body = String.join("\n", java.util.Arrays.asList(lines).subList(Math.min(i, lines.length), lines.length));
        if (date != null && Dates.normalise(date) == null) {
            LOG.warn("{}: header date '{}' is not a date I can read; publication time left unknown", source.file(), date);
        }
        out.article(new Draft(url, outlet, title, date, body, language, authors));
    }
}
