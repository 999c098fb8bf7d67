package org.tidings.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the article body in a page's DOM. Our own variant of the content-scoring family (readability, boilerpipe,
 * trafilatura): boilerplate subtrees are taken away first, then every paragraph-like block gives points to the
 * containers above it (more for long text and commas), containers are discounted by their link density, the best
 * container wins and sibling blocks of the same article join it, and within the chosen region link lists,
 * captions and other short non-prose blocks are pruned while paragraphs, headings, lists and quotes are kept.
 */
final class BodyExtractor {

    static final Set<String> BLOCK_TAGS = Set.of("address", "article", "aside", "blockquote", "body", "center",
            "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
            "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "menu", "nav", "ol", "p",
            "pre", "section", "summary", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "ul", "caption",
            "html", "br", "option", "select", "legend");
    private static final Set<String> DROP_TAGS = Set.of("script", "style", "noscript", "template", "iframe", "svg",
            "canvas", "object", "embed", "button", "input", "select", "textarea", "option", "label", "nav",
            "aside", "footer", "figcaption", "link", "meta", "audio", "video", "source", "picture", "img",
            "map", "dialog", "menu", "head", "title", "math");
    /** Dropped only when they hold little of the page's text (some sites wrap the whole page in them). */
    private static final Set<String> SOFT_DROP_TAGS = Set.of("header", "form", "figure", "address", "ins");
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

    /** class/id tokens of blocks that are not the article: share bars, related links, comments and the like. */
    private static final Pattern NEGATIVE = Pattern.compile("(?i)(?:^|[^a-z])(?:share|sharing|social|sociable"
            + "|related|recommend|comment|disqus|cookie|consent|gdpr|newsletter|subscri|signup|sign-up|promo"
            + "|advert|sponsor|outbrain|taboola|sidebar|side-bar|breadcrumb|pagination|pager|paging|popular"
            + "|trending|most-read|mostread|read-more|readmore|more-stories|also-read|tags|tag-list|taglist"
            + "|keywords|byline|author|caption|credit|copyright|disclaimer|popup|modal|overlay|masthead|menu"
            + "|navbar|nav|footer|foot|header|widget|toolbar|login|print|email|follow|banner|teaser|carousel"
            + "|slider|rating|vote|meta-|post-meta|entry-meta|article-meta|timestamp|dateline|topics|paywall"
            + "|visually-hidden|sr-only|screen-reader|jump|skip|alert|donate|podcast|video-|player"
            + "|gallery|thumb|lightbox|newsletter|affiliate|partner|supplementa|infobox|bio|tooltip|top-stories"
            + "|next-|prev-|previous|inline-link|embed|twitter-follow|facebook|whatsapp|linkedin|pinterest)"
            + "|(?:^|[^a-z])(?:ad|ads|adv|advt|adslot|ad-slot|dfp|gpt)(?:$|[^a-z])");
    /** class/id tokens of the article body itself. */
    private static final Pattern POSITIVE = Pattern.compile("(?i)(?:^|[^a-z])(?:article|body|content|entry|main"
            + "|post|story|text|blog|prose|richtext|rich-text|paragraph)");
    private static final Pattern HIDDEN_STYLE = Pattern.compile("(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");
    /** Whole-line labels that are page furniture wherever they appear. */
    private static final Pattern FURNITURE_LINE = Pattern.compile("(?i)^(?:advertisement|advertising|anzeige"
            + "|publicidad|publicité|pubblicità|reklama|werbung|iklan|annonse|annons|reklam|mainos|hirdetés|реклама|広告|광고|إعلان|sponsored(?: links| content| stories)?|don'?t miss|must read"
            + "|story continues below(?: advertisement)?|continue reading(?: the main story| below)?|read more|"
            + "(?:click|tap) here to .{0,40}|share this( article| story)?|related( articles| stories)?)\\W*$");

    /** "Filed under: Politics", "Tags: rail, strikes": category lines under an article. */
    private static final Pattern LABEL_LINE = Pattern.compile("(?i)^(?:filed under|tags?|tagged(?: with)?|categories"
            + "|category|topics|schlagworte|schlagwörter|etiquetas|mots-clés|tag)\\s*:");

    /** "Posted: Fri 6:45 PM, Feb 16, 2018", "Updated 3 March 2020": date lines of the page header. */
    private static final Pattern DATE_LINE = Pattern.compile("(?i)^(?:posted|updated|published|last updated"
            + "|first published|veröffentlicht|aktualisiert|publié|mis à jour|publicado|actualizado|pubblicato"
            + "|aggiornato|date|datum|fecha)\\b");

    private static final Logger LOG = LoggerFactory.getLogger(BodyExtractor.class);
    private final Map<Element, Stats> stats = new IdentityHashMap<>();

    /** Character counts of an element's text, computed once bottom-up. */
    static final class Stats {
        int text;
        int links;
        int commas;
        int paragraphs;
        /** Characters in paragraphs of prose (not link lists) below this element. */
        int prose;
        double score;
        boolean candidate;
    }

    /** The body text of the page, paragraphs separated by blank lines ("" when none is found). */
    String extract(Document doc) {
        Element body = doc.body();
        if (body == null) {
            return "";
        }
        clean(body);
        int total = measure(body).text;
        if (total == 0) {
            return "";
        }
        removeBoilerplate(body, total);
        stats.clear();
        measure(body);
        Element top = pickContainer(body);
        List<Element> parts = gatherSiblings(top);
        if (LOG.isDebugEnabled()) {
            for (Element p : parts) {
                LOG.debug("part {}.{}#{} score={} text={}", p.normalName(), p.className(), p.id(), stats(p).score,
                        stats(p).text);
            }
        }
        List<String> paragraphs = new ArrayList<>();
        for (Element part : parts) {
            new TextCollector(this, paragraphs).collect(part);
        }
        return String.join("\n\n", paragraphs);
    }

    // ---- cleaning ----------------------------------------------------------------------------------------

    /** Removes what never holds article text: scripts, forms controls, navigation, hidden blocks, comments. */
    private void clean(Element root) {
        List<Node> doomed = new ArrayList<>();
        collectDoomed(root, doomed);
        for (Node n : doomed) {
            n.remove();
        }
    }

    private void collectDoomed(Element e, List<Node> doomed) {
        for (int i = 0, n = e.childNodeSize(); i < n; i++) {
            Node child = e.childNode(i);
            if (child instanceof Element c) {
                if (isDropped(c)) {
                    doomed.add(c);
                } else {
                    collectDoomed(c, doomed);
                }
            } else if (child instanceof org.jsoup.nodes.Comment) {
                doomed.add(child);
            }
        }
    }

    private static boolean isDropped(Element c) {
        if (DROP_TAGS.contains(c.normalName())) {
            return true;
        }
        if (c.attributesSize() == 0) {
            return false;
        }
        if (c.hasAttr("hidden") || "true".equals(c.attr("aria-hidden")) && !c.hasText()) {
            return true;
        }
        String style = c.attr("style");
        if (!style.isEmpty() && HIDDEN_STYLE.matcher(style).find()) {
            return true;
        }
        String role = c.attr("role");
        return "dialog".equals(role) || "navigation".equals(role) || "complementary".equals(role);
    }

    /** Removes boilerplate blocks found by tag or class/id, unless they hold much of the page's text. */
    private void removeBoilerplate(Element root, int total) {
        List<Element> doomed = new ArrayList<>();
        findBoilerplate(root, total, doomed);
        for (Element e : doomed) {
            e.remove();
        }
    }

    private void findBoilerplate(Element e, int total, List<Element> doomed) {
        for (Element c : e.children()) {
            Stats s = stats.get(c);
            int text = s == null ? 0 : s.text;
            String tag = c.normalName();
            boolean big = text > 0.35 * total;
            boolean doom = false;
            if (SOFT_DROP_TAGS.contains(tag) && !big) {
                doom = !"form".equals(tag) || text < 0.1 * total;
                if ("figure".equals(tag) && s != null && s.paragraphs > 1) {
                    doom = false;
                }
            } else if (!big && !tag.equals("article") && !tag.equals("main") && isNegative(c)) {
                doom = true;
            }
            if (doom) {
                doomed.add(c);
            } else {
                findBoilerplate(c, total, doomed);
            }
        }
    }

    /** class and id, camelCase split with hyphens so that "imageEmbedCaption" shows its words. */
    static String classAndId(Element e) {
        if (e.attributesSize() == 0) {
            return " ";
        }
        String ci = e.className() + " " + e.id();
        for (int i = 1; i < ci.length(); i++) {
            if (Character.isUpperCase(ci.charAt(i)) && Character.isLowerCase(ci.charAt(i - 1))) {
                return CAMEL.matcher(ci).replaceAll("$1-$2");
            }
        }
        return ci;
    }

    private static final Pattern CAMEL = Pattern.compile("([a-z])([A-Z])");

    static boolean isNegative(Element e) {
        String ci = classAndId(e);
        if (ci.isBlank()) {
            return false;
        }
        if (!NEGATIVE.matcher(ci).find()) {
            return false;
        }
        if (e.hasAttr("itemprop") && e.attr("itemprop").toLowerCase().contains("articlebody")) {
            return false;
        }
        // "entry-content social-ready" and the like: a name that says "article body" wins.
        return !POSITIVE_WINS.matcher(ci).find();
    }

    /** A class/id that names the body strongly enough to override a negative word beside it. */
    private static final Pattern POSITIVE_WINS = Pattern.compile(
            "(?i)(?:article|entry|post|story)[-_]?(?:body|content|text)|articlebody");

    // ---- measuring ---------------------------------------------------------------------------------------

    Stats measure(Element e) {
        Stats s = new Stats();
        for (int i = 0, n = e.childNodeSize(); i < n; i++) {
            Node child = e.childNode(i);
            if (child instanceof TextNode t) {
                String text = t.getWholeText();
                s.text += visibleLength(text);
                s.commas += commas(text);
            } else if (child instanceof Element c) {
                Stats cs = measure(c);
                s.text += cs.text;
                s.commas += cs.commas;
                s.links += "a".equals(c.normalName()) ? cs.text : cs.links;
                s.paragraphs += cs.paragraphs;
                s.prose += cs.prose;
            }
        }
        if ("p".equals(e.normalName()) && s.text >= 25) {
            s.paragraphs++;
            if (s.links < 0.5 * s.text) {
                s.prose = s.text;
            }
        }
        stats.put(e, s);
        return s;
    }

    Stats stats(Element e) {
        Stats s = stats.get(e);
        return s == null ? measure(e) : s;
    }

    static int visibleLength(String text) {
        int n = 0;
        boolean space = true;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (Character.isWhitespace(ch) || ch == '\u00a0') {
                if (!space) {
                    n++;
                    space = true;
                }
            } else {
                n++;
                space = false;
            }
        }
        return n;
    }

    private static int commas(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == ',' || ch == '\uff0c' || ch == '\u3001' || ch == '\u060c') {
                n++;
            }
        }
        return n;
    }

    double linkDensity(Element e) {
        Stats s = stats(e);
        return s.text == 0 ? 0 : (double) s.links / s.text;
    }

    // ---- scoring -----------------------------------------------------------------------------------------

    private Element pickContainer(Element body) {
        List<Element> candidates = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            int own = paragraphText(e);
            if (own < 25) {
                continue;
            }
            Stats ps = stats(e);
            double points = 1 + Math.min(ps.commas, 20) + Math.min(own / 100, 3);
            // The runs of text of a <div> with inline text are its own paragraphs; a <p> feeds its parent.
            Element level0 = "p".equals(e.normalName()) || "pre".equals(e.normalName())
                    || "blockquote".equals(e.normalName()) ? e.parent() : e;
            Element a = level0;
            for (int level = 0; a != null && level < 4 && !"html".equals(a.normalName()) && !(a instanceof Document);
                 level++, a = a.parent()) {
                Stats as = stats(a);
                if (!as.candidate) {
                    as.candidate = true;
                    as.score = initialScore(a);
                    candidates.add(a);
                }
                as.score += level == 0 ? points : level == 1 ? points / 2 : points / (level * 3);
            }
        }
        Element top = null;
        double best = Double.NEGATIVE_INFINITY;
        for (Element c : candidates) {
            Stats s = stats(c);
            s.score *= 1 - linkDensity(c);
            if (s.score > best) {
                best = s.score;
                top = c;
            }
        }
        if (LOG.isDebugEnabled()) {
            candidates.stream().sorted((x, y) -> Double.compare(stats(y).score, stats(x).score)).limit(6).forEach(c ->
                    LOG.debug("candidate {}.{}#{} score={}", c.normalName(), c.className(), c.id(), stats(c).score));
        }
        if (top == null) {
            return body;
        }
        // Climb while an ancestor holds several strong candidates: the article is split into sections.
        top = climb(top, candidates, best);
        return top;
    }

    private Element climb(Element top, List<Element> candidates, double best) {
        List<Element> strong = new ArrayList<>();
        for (Element c : candidates) {
            if (c != top && stats(c).score >= 0.75 * best) {
                strong.add(c);
            }
        }
        Element a = top.parent();
        while (a != null && !"body".equals(a.normalName()) && !strong.isEmpty()) {
            int inside = 0;
            for (Element s : strong) {
                if (isAncestor(a, s)) {
                    inside++;
                }
            }
            if (inside >= Math.min(strong.size(), 2)) {
                return a;
            }
            a = a.parent();
        }
        // An article split into sections by figures or pull quotes: climb while the parent adds much prose.
        Element t = top;
        for (int i = 0; i < 4; i++) {
            Element p = t.parent();
            if (p == null || "body".equals(p.normalName()) || "html".equals(p.normalName())) {
                break;
            }
            Stats ps = stats(p);
            if (ps.prose >= 1.3 * stats(t).prose + 100 && linkDensity(p) < 0.25) {
                t = p;
            } else if (ps.prose > stats(t).prose * 1.05 + 50) {
                break;
            } else {
                t = p.children().size() == 1 ? p : t;
                if (t != p) {
                    break;
                }
            }
        }
        return t;
    }

    private static boolean isAncestor(Element a, Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p == a) {
                return true;
            }
        }
        return false;
    }

    /** Length of the prose an element holds as a paragraph of its own, or 0 when it is not paragraph-like. */
    private int paragraphText(Element e) {
        String tag = e.normalName();
        switch (tag) {
            case "p", "pre", "blockquote", "td" -> {
                return stats(e).text;
            }
            case "div", "section", "article", "span", "font", "center", "main" -> {
                int n = 0;
                for (Node child : e.childNodes()) {
                    if (child instanceof TextNode t) {
                        n += visibleLength(t.getWholeText());
                    } else if (child instanceof Element c && !BLOCK_TAGS.contains(c.normalName())
                            && !"a".equals(c.normalName())) {
                        n += stats(c).text;
                    }
                }
                return n;
            }
            default -> {
                return 0;
            }
        }
    }

    private double initialScore(Element e) {
        double s = switch (e.normalName()) {
            case "div", "article", "section", "main" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        String ci = classAndId(e);
        if (POSITIVE.matcher(ci).find()) {
            s += 25;
        }
        if ("articleBody".equalsIgnoreCase(e.attr("itemprop"))) {
            s += 40;
        }
        if ("article".equals(e.normalName())) {
            s += 10;
        }
        return s;
    }

    /** The container and those of its siblings that continue the article. */
    private List<Element> gatherSiblings(Element top) {
        Element parent = top.parent();
        if (parent == null || "html".equals(parent.normalName())) {
            return List.of(top);
        }
        Stats ts = stats(top);
        double threshold = Math.max(10, ts.score * 0.2);
        List<Element> parts = new ArrayList<>();
        for (Element sib : parent.children()) {
            if (sib == top) {
                parts.add(sib);
                continue;
            }
            Stats s = stats(sib);
            boolean join = s.candidate && s.score >= threshold && linkDensity(sib) < 0.3
                    || s.prose >= 150 && s.prose >= 0.6 * s.text && linkDensity(sib) < 0.25;
            if (!join && "p".equals(sib.normalName())) {
                double ld = linkDensity(sib);
                join = s.text > 80 && ld < 0.25 || s.text > 0 && ld == 0 && endsSentence(sib.text());
            }
            if (join) {
                parts.add(sib);
            }
        }
        return parts;
    }

    static boolean endsSentence(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return false;
        }
        char last = t.charAt(t.length() - 1);
        return ".!?\u3002\u201d\"\u2019')".indexOf(last) >= 0;
    }

    static boolean isFurniture(String line) {
        return line.length() < 80 && FURNITURE_LINE.matcher(line).matches()
                || line.length() < 150 && LABEL_LINE.matcher(line).find()
                || line.length() < 120 && DATE_LINE.matcher(line).find() && DateParser.parseText(line, true) != null;
    }

    /** Decides, block by block inside the chosen region, what is prose and what is page furniture. */
    boolean keepBlock(Element e) {
        String tag = e.normalName();
        Stats s = stats(e);
        if (s.text == 0) {
            return false;
        }
        double ld = linkDensity(e);
        if ("h1".equals(tag)) {
            return false; // the headline, which is not part of the body
        }
        if (HEADINGS.contains(tag)) {
            return ld < 0.5;
        }
        if ("p".equals(tag)) {
            return ld < 0.6 || s.text > 200 && ld < 0.8;
        }
        if ("ul".equals(tag) || "ol".equals(tag) || "dl".equals(tag)) {
            return ld < 0.4;
        }
        if ("table".equals(tag)) {
            return ld < 0.5;
        }
        if ("blockquote".equals(tag) || "pre".equals(tag)) {
            return ld < 0.7;
        }
        // Generic containers: drop link farms and short blocks with no prose in them.
        if (ld > 0.5 && s.text < 1000) {
            return false;
        }
        if (ld > 0.33 && s.paragraphs == 0 && s.commas < 2) {
            return false;
        }
        return true;
    }
}
