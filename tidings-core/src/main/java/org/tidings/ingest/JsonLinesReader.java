package org.tidings.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * JSON articles: one object a line (JSON Lines), or a whole file holding one object or an array of objects
 * (also an object whose only array field holds the articles, as many exports do). Fields follow news-please:
 * title, maintext or text, date_publish (or date, published), url, source_domain (the outlet), authors,
 * language; common synonyms are accepted too. Both modes stream: one line, or one array element, at a time.
 */
final class JsonLinesReader implements ArticleReader {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final List<String> TITLE = List.of("title", "headline");
    private static final List<String> TEXT = List.of("maintext", "text", "body", "content", "article", "articleBody");
    private static final List<String> DATE = List.of("date_publish", "date", "published", "publish_date",
            "pubDate", "datePublished", "published_at", "date_published");
    private static final List<String> URL = List.of("url", "link", "source_url");
    private static final List<String> OUTLET = List.of("source_domain", "outlet", "source", "site_name", "publisher");
    private static final List<String> AUTHORS = List.of("authors", "author", "byline");
    private static final List<String> LANGUAGE = List.of("language", "lang");

    private final boolean lines;

    JsonLinesReader(boolean lines) {
        this.lines = lines;
    }

    @Override
    public void read(Source source, Emitter out) throws IOException {
        try (Reader reader = source.openText()) {
            if (lines) {
                readLines(reader, source, out);
            } else {
                readWhole(reader, source, out);
            }
        }
    }

    private void readLines(Reader reader, Source source, Emitter out) throws IOException {
        LineReader lr = new LineReader(reader, source.limits().maxArticleBytes());
        while (true) {
            out.at("line " + (lr.lineNumber() + 1)); // where a stream error would strike
            String line = lr.next();
            if (line == null) {
                break;
            }
            if (lr.tooLong()) {
                out.failure("line too long for one article (" + Limits.megabytes(lr.lastLength()) + ")");
                continue;
            }
            if (line.isBlank()) {
                continue;
            }
            JsonNode node;
            try {
                node = MAPPER.readTree(line);
            } catch (JsonProcessingException e) {
                out.failure("invalid JSON: " + e.getOriginalMessage());
                continue;
            }
            if (!unwrap(node, out)) {
                one(node, out);
            }
        }
    }

    /** An object with no text but an array of article objects (an API page on one line): its articles. */
    private static boolean unwrap(JsonNode node, Emitter out) {
        if (node == null || !node.isObject() || TEXT.stream().anyMatch(node::has)) {
            return false;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            JsonNode v = field.getValue();
            if (v.isArray() && !v.isEmpty() && v.get(0).isObject() && !AUTHORS.contains(field.getKey())) {
                String line = out.place();
                int n = 0;
                for (JsonNode element : v) {
                    out.at(line + ", element " + ++n);
                    one(element, out);
                }
                out.at(line);
                return true;
            }
        }
        return false;
    }

    private void readWhole(Reader reader, Source source, Emitter out) throws IOException {
        try (JsonParser p = MAPPER.getFactory().createParser(reader)) {
            JsonToken t = p.nextToken();
            if (t == JsonToken.START_ARRAY) {
                elements(p, out, false);
            } else if (t == JsonToken.START_OBJECT) {
                // read by field, so that an array of articles under a key is streamed, not loaded
                Map<String, JsonNode> fields = new java.util.LinkedHashMap<>();
                boolean sawArticles = false;
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    JsonToken v = p.nextToken();
                    if (v == JsonToken.START_ARRAY && !looksLikeArticle(fields) && !AUTHORS.contains(name)) {
                        sawArticles = elements(p, out, true) > 0 || sawArticles;
                    } else {
                        fields.put(name, p.readValueAsTree());
                    }
                }
                if (!sawArticles || looksLikeArticle(fields)) {
                    out.at(null);
                    one(MAPPER.valueToTree(fields), out);
                }
            } else {
                out.failure("not a JSON object or array of articles");
            }
        } catch (JsonProcessingException e) {
            out.failure("invalid JSON at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage());
        }
    }

    /** Streams the objects of the array the parser is at; returns how many elements there were. */
    private int elements(JsonParser p, Emitter out, boolean objectsOnly) throws IOException {
        int n = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            n++;
            out.at("element " + n);
            JsonNode node = p.readValueAsTree();
            if (node != null && !node.isObject() && n == 1 && objectsOnly) {
                // an array of something else (tags, keywords): not articles; skip it
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    p.skipChildren();
                }
                return 0;
            }
            one(node, out);
        }
        return n;
    }

    private static boolean looksLikeArticle(Map<String, JsonNode> fields) {
        return TEXT.stream().anyMatch(fields::containsKey);
    }

    private static void one(JsonNode node, Emitter out) {
        if (node == null || !node.isObject()) {
            out.failure("expected a JSON object, found " + (node == null ? "nothing" : node.getNodeType().name().toLowerCase()));
            return;
        }
        try {
            String body = text(node, TEXT);
            if (body == null && node.path("description").isTextual()) {
                body = node.path("description").asText();
            }
            if (body == null && TEXT.stream().noneMatch(node::has) && !node.has("description")) {
                out.failure("no article text: the object has none of the fields " + String.join(", ", TEXT));
                return;
            }
            out.article(new Draft(text(node, URL), text(node, OUTLET), text(node, TITLE), text(node, DATE),
                    body, text(node, LANGUAGE), authors(node)));
        } catch (RuntimeException e) {
            Emitter.rethrowSink(e);
            out.failure("unreadable article object: " + e);
        }
    }

    private static String text(JsonNode node, List<String> names) {
        for (String name : names) {
            JsonNode v = node.get(name);
            if (v != null && v.isValueNode() && !v.isNull()) {
                String s = v.asText();
                if (!s.isBlank()) {
                    return s;
                }
            }
            if (v != null && v.isObject()) {
                // {"source": {"name": "..."}} as in news APIs
                for (String sub : List.of("name", "title", "value")) {
                    if (v.path(sub).isTextual() && !v.path(sub).asText().isBlank()) {
                        return v.path(sub).asText();
                    }
                }
            }
        }
        return null;
    }

    private static List<String> authors(JsonNode node) {
        List<String> out = new ArrayList<>();
        for (String name : AUTHORS) {
            JsonNode v = node.get(name);
            if (v == null || v.isNull()) {
                continue;
            }
            if (v.isArray()) {
                for (Iterator<JsonNode> it = v.elements(); it.hasNext(); ) {
                    JsonNode a = it.next();
                    String s = a.isObject() ? a.path("name").asText("") : a.asText("");
                    if (!s.isBlank()) {
                        out.add(s);
                    }
                }
            } else if (v.isTextual() && !v.asText().isBlank()) {
                out.add(v.asText());
            }
            if (!out.isEmpty()) {
                break;
            }
        }
        return out;
    }
}
