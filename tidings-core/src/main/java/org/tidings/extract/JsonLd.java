package org.tidings.extract;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The schema.org objects a page declares in {@code <script type="application/ld+json">}, article types first. */
final class JsonLd {

    @SuppressWarnings("deprecation")
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonParser.Feature.ALLOW_UNQUOTED_CONTROL_CHARS)
            .enable(JsonParser.Feature.ALLOW_COMMENTS)
            .enable(JsonParser.Feature.ALLOW_SINGLE_QUOTES);

    /** Objects of an article type (NewsArticle, BlogPosting, ...), in page order. */
    final List<JsonNode> articles = new ArrayList<>();
    /** Every other typed object (WebPage, Organization, ...). */
    final List<JsonNode> others = new ArrayList<>();

    static JsonLd of(Document doc) {
        JsonLd ld = new JsonLd();
        for (Element script : doc.select("script[type~=(?i)application/ld\\+json]")) {
            String json = script.data().strip();
            if (json.isEmpty()) {
                continue;
            }
            try {
                ld.add(MAPPER.readTree(json));
            } catch (Exception e) {
                // Broken JSON-LD is common (trailing commas, raw newlines); the page has other clues.
            }
        }
        return ld;
    }

    private void add(JsonNode node) {
        if (node == null) {
            return;
        }
        if (node.isArray()) {
            for (JsonNode n : node) {
                add(n);
            }
            return;
        }
        if (!node.isObject()) {
            return;
        }
        if (node.has("@graph")) {
            add(node.get("@graph"));
        }
        if (isArticle(node)) {
            articles.add(node);
        } else if (node.has("@type")) {
            others.add(node);
            // A WebPage often nests the article as mainEntity.
            if (node.has("mainEntity")) {
                add(node.get("mainEntity"));
            }
        }
    }

    private static boolean isArticle(JsonNode node) {
        JsonNode type = node.get("@type");
        if (type == null) {
            return false;
        }
        List<String> types = new ArrayList<>();
        if (type.isArray()) {
            type.forEach(t -> types.add(t.asText()));
        } else {
            types.add(type.asText());
        }
        for (String t : types) {
            String l = t.toLowerCase(Locale.ROOT);
            if (l.contains("article") || l.contains("posting") || l.equals("report") || l.equals("reportagenews")
                    || l.equals("liveblogposting") || l.equals("analysisnewsarticle")) {
                return true;
            }
        }
        return false;
    }

    /** The first non-blank text value of a field among the article objects (then, if allowed, the others). */
    String text(String field, boolean alsoOthers) {
        for (JsonNode n : articles) {
            String v = textOf(n.get(field));
            if (v != null) {
                return v;
            }
        }
        if (alsoOthers) {
            for (JsonNode n : others) {
                String v = textOf(n.get(field));
                if (v != null) {
                    return v;
                }
            }
        }
        return null;
    }

    static String textOf(JsonNode v) {
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isArray()) {
            for (JsonNode x : v) {
                String s = textOf(x);
                if (s != null) {
                    return s;
                }
            }
            return null;
        }
        if (v.isObject()) {
            return textOf(v.has("name") ? v.get("name") : v.get("@value"));
        }
        String s = v.asText().strip();
        return s.isEmpty() ? null : s;
    }

    /** Author names of the article objects. */
    List<String> authors() {
        List<String> names = new ArrayList<>();
        for (JsonNode n : articles) {
            JsonNode a = n.get("author");
            if (a == null) {
                a = n.get("creator");
            }
            collectNames(a, names);
            if (!names.isEmpty()) {
                break;
            }
        }
        return names;
    }

    private static void collectNames(JsonNode a, List<String> names) {
        if (a == null || a.isNull()) {
            return;
        }
        if (a.isArray()) {
            a.forEach(x -> collectNames(x, names));
        } else if (a.isObject()) {
            String type = a.has("@type") ? a.get("@type").asText() : "Person";
            String name = textOf(a.get("name"));
            if (name != null && !"Organization".equalsIgnoreCase(type)) {
                names.add(name);
            }
        } else if (!a.asText().isBlank()) {
            names.add(a.asText().strip());
        }
    }

    /** The publisher's name, from the article or the page's Organization / WebSite objects. */
    String publisher() {
        for (JsonNode n : articles) {
            String p = textOf(n.get("publisher"));
            if (p != null) {
                return p;
            }
        }
        for (JsonNode n : others) {
            String type = n.path("@type").asText();
            if (("WebSite".equals(type) || "NewsMediaOrganization".equals(type)) && textOf(n.get("name")) != null) {
                return textOf(n.get("name"));
            }
        }
        return null;
    }
}
