package org.tidings.ingest;

import java.net.URI;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/** Text clean-up shared by the readers. */
final class Texts {

    private static final Set<String> BLOCKS = Set.of("p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5",
            "h6", "blockquote", "pre", "table", "tr", "section", "article", "header", "footer", "figure",
            "figcaption", "dd", "dt", "dl", "hr", "address", "aside", "main", "nav");
    private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template", "head", "iframe");

    private Texts() {
    }

    /**
     * Normalises a body: one newline style, no control characters, lines stripped, paragraphs separated by
     * exactly one blank line, no blank lines at either end.
     */
    static String cleanBody(String raw) {
        if (raw == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(raw.length());
        int blankRun = 0;
        boolean any = false;
        for (String line : raw.replace("\r\n", "\n").split("[\n\r\u2028\u2029\u0085]", -1)) {
            String l = cleanLine(line);
            if (l.isEmpty()) {
                blankRun++;
                continue;
            }
            if (any) {
                sb.append(blankRun > 0 ? "\n\n" : "\n");
            }
            sb.append(l);
            any = true;
            blankRun = 0;
        }
        return sb.toString();
    }

    /** One line: control characters out, non-breaking and other odd spaces to plain spaces, runs collapsed. */
    static String cleanLine(String line) {
        if (line == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(line.length());
        boolean space = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            boolean ws = c == ' ' || c == '\t' || c == '\u00a0' || c == '\u2007' || c == '\u202f'
                    || Character.isSpaceChar(c) || c == '\u000b' || c == '\f';
            if (ws) {
                space = true;
                continue;
            }
            if (c == '\uFEFF' || c == '\u200b' || Character.getType(c) == Character.CONTROL) {
                continue;
            }
            if (space && sb.length() > 0) {
                sb.append(' ');
            }
            space = false;
            sb.append(c);
        }
        return sb.toString();
    }

    /** Text of an HTML fragment, with block elements as paragraphs and line breaks kept. */
    static String htmlToText(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        if (html.indexOf('<') < 0 && html.indexOf('&') < 0) {
            return cleanBody(html);
        }
        Element body = Jsoup.parseBodyFragment(html).body();
        StringBuilder sb = new StringBuilder(html.length());
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    sb.append(text.text());
                } else if (node instanceof Element el) {
                    String tag = el.normalName();
                    if (SKIPPED.contains(tag)) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (tag.equals("br")) {
                        sb.append('\n');
                    } else if (BLOCKS.contains(tag)) {
                        sb.append("\n\n");
                    }
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element el && BLOCKS.contains(el.normalName())) {
                    sb.append("\n\n");
                }
                return FilterResult.CONTINUE;
            }
        }, body);
        return cleanBody(sb.toString());
    }

    /** The host of a URL without "www.", lower case; null when there is none. */
    static String host(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String host;
        try {
            host = URI.create(url.strip().replace(" ", "%20")).getHost();
        } catch (IllegalArgumentException e) {
            host = null;
        }
        if (host == null) {
            // java.net.URI refuses non-ASCII hosts and other sloppy URLs that are still plain to read
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*://(?:[^/@?#]*@)?([^/:?#]+)")
                    .matcher(url.strip());
            host = m.find() ? m.group(1) : null;
        }
        if (host == null || host.isBlank()) {
            return null;
        }
        host = host.toLowerCase(Locale.ROOT);
        return host.startsWith("www.") ? host.substring(4) : host;
    }

    /** Null for blank strings, else the stripped string with inner whitespace collapsed. */
    static String blankToNull(String s) {
        if (s == null) {
            return null;
        }
        String t = cleanLine(s.replace('\n', ' ').replace('\r', ' '));
        return t.isEmpty() ? null : t;
    }

    private static final java.util.Map<String, String> LANGUAGE_NAMES = new java.util.concurrent.ConcurrentHashMap<>();

    /** An ISO 639-1 code from a language tag ("en-US", "eng", "English"), or null. */
    static String languageCode(String tag) {
        String t = blankToNull(tag);
        if (t == null) {
            return null;
        }
        t = t.toLowerCase(Locale.ROOT).split("[-_;,\\s]")[0];
        if (t.length() == 2 && Character.isLetter(t.charAt(0)) && Character.isLetter(t.charAt(1))) {
            return t;
        }
        String code = LANGUAGE_NAMES.computeIfAbsent(t, Texts::languageByName);
        return code.isEmpty() ? null : code;
    }

    private static String languageByName(String t) {
        for (Locale l : Locale.getAvailableLocales()) {
            try {
                if (!l.getLanguage().isEmpty() && (t.equals(l.getISO3Language())
                        || t.equals(l.getDisplayLanguage(Locale.ENGLISH).toLowerCase(Locale.ROOT)))) {
                    return l.getLanguage();
                }
            } catch (java.util.MissingResourceException e) {
                // no three-letter code for this locale
            }
        }
        return "";
    }
}
