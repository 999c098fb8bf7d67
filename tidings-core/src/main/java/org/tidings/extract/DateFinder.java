package org.tidings.extract;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds when a page was first published. Sources, most trusted first: a full date in the URL path, schema.org
 * datePublished, publication meta tags, {@code <time>} elements marked as the publication time, short date lines
 * in the page's header area (byline, dateline), dates written near the headline, and last the date written most
 * often in the page. Modification and comment dates are passed over; every date must be plausible: not before
 * 1995 and not after the crawl date.
 */
final class DateFinder {

    private static final Logger LOG = LoggerFactory.getLogger(DateFinder.class);

    private static final LocalDate EARLIEST = LocalDate.of(1995, 1, 1);
    /** Meta names and properties (lower case) that carry the publication time. */
    private static final List<String> META_NAMES = List.of("article:published_time", "article:published",
            "og:published_time", "og:article:published_time", "published_time", "published-time",
            "article.published", "article_date_original", "original-publish-date", "datepublished",
            "date_published", "publish_date", "publish-date", "publishdate", "publication_date",
            "publication-date", "pubdate", "pub_date", "parsely-pub-date", "sailthru.date",
            "cxenseparse:recs:publishtime", "dc.date.issued", "dcterms.issued", "dc.date.created",
            "dcterms.created", "dc.date", "dcterms.date", "citation_publication_date", "citation_date",
            "prism.publicationdate", "rnews:datepublished", "article.created", "datecreated", "created",
            "creation_date", "date", "displaydate", "release_date", "og:pubdate", "bt:pubdate", "vr:published_time",
            "article:post_date", "postdate", "post_date");
    private static final Pattern URL_FULL = Pattern.compile(
            "(?<!\\d)((?:19|20)\\d{2})[/_-](0?[1-9]|1[0-2])[/_-](0?[1-9]|[12]\\d|3[01])(?!\\d)");
    private static final Pattern URL_COMPACT = Pattern.compile(
            "[/_-]((?:19|20)\\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])(?:[/_.-]|$)");
    private static final Pattern DATE_CLASS = Pattern.compile(
            "(?i)date|time|publi|posted|dateline|byline|meta|info|author|stamp|fecha|datum|data|zeit|heure");
    private static final Pattern NOT_PUBLISHED = Pattern.compile(
            "(?i)updat|modif|edit|comment|reply|respon|related|sidebar|widget|footer|copyright|expir|event");
    private static final Set<String> SKIP_TAGS = Set.of("script", "style", "noscript", "head", "title",
            "option", "select", "textarea");

    private final Document doc;
    private final String url;
    private final JsonLd ld;
    private final LocalDate latest;
    private final boolean monthFirst;
    private final String html;
    private final String language;

    DateFinder(Document doc, String html, String url, JsonLd ld, LocalDate crawlDate, String language) {
        this.doc = doc;
        this.html = html;
        this.language = language;
        this.url = url;
        this.ld = ld;
        this.latest = (crawlDate == null ? LocalDate.now() : crawlDate).plusDays(1);
        this.monthFirst = language == null || language.equals("en");
    }

    /** "YYYY-MM-DD", or the full ISO-8601 time when the page gives one, or null. */
    String find() {
        String[] names = {"structured", "url", "time", "dateblock", "headline", "frequent"};
        for (int i = 0; i < names.length; i++) {
            String s = switch (i) {
                case 0 -> fromStructured();
                case 1 -> fromUrl();
                case 2 -> fromTimeElements();
                case 3 -> fromDateBlocks();
                case 4 -> nearHeadline();
                default -> mostFrequent();
            };
            if (s != null) {
                LOG.debug("date {} from {} ({})", s, names[i], url);
                return s;
            }
        }
        return null;
    }

    private boolean plausible(LocalDate d) {
        return d != null && !d.isBefore(EARLIEST) && d.isBefore(latest);
    }

    private String fromUrl() {
        if (url == null) {
            return null;
        }
        String path = url.replaceFirst("^[a-zA-Z]+://[^/]*", "");
        Matcher m = URL_FULL.matcher(path);
        if (m.find()) {
            LocalDate d = safeDate(m.group(1), m.group(2), m.group(3));
            if (plausible(d)) {
                return d.toString();
            }
        }
        m = URL_COMPACT.matcher(path);
        if (m.find()) {
            LocalDate d = safeDate(m.group(1), m.group(2), m.group(3));
            if (plausible(d)) {
                return d.toString();
            }
        }
        return null;
    }

    private static LocalDate safeDate(String y, String m, String d) {
        try {
            return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** schema.org datePublished, then meta tags, then microdata. */
    private String fromStructured() {
        String v = ld.text("datePublished", false);
        String s = accept(v);
        if (s != null) {
            return s;
        }
        s = accept(ld.text("dateCreated", false));
        if (s != null) {
            return s;
        }
        Map<String, String> metas = new HashMap<>();
        for (Element m : doc.select("meta[content]")) {
            String key = m.hasAttr("property") ? m.attr("property") : m.hasAttr("name") ? m.attr("name")
                    : m.hasAttr("itemprop") ? m.attr("itemprop") : m.attr("http-equiv");
            key = key.toLowerCase(Locale.ROOT).strip();
            if (!key.isEmpty()) {
                metas.putIfAbsent(key, m.attr("content"));
            }
        }
        for (String name : META_NAMES) {
            s = accept(metas.get(name));
            if (s != null) {
                return s;
            }
        }
        for (Element e : doc.select("[itemprop=datePublished], [itemprop=dateCreated]")) {
            String value = e.hasAttr("datetime") ? e.attr("datetime") : e.hasAttr("content") ? e.attr("content")
                    : e.text();
            s = accept(value);
            if (s != null) {
                return s;
            }
        }
        s = accept(ld.text("datePublished", true));
        if (s != null) {
            return s;
        }
        return accept(ld.text("uploadDate", true));
    }

    /** A structured value kept as written when it is a full ISO time, else reduced to its day. */
    private String accept(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        LocalDate d = DateParser.parseValue(value);
        if (!plausible(d)) {
            return null;
        }
        Matcher m = ISO_TIME.matcher(value.strip());
        if (!m.matches()) {
            return d.toString();
        }
        LocalDateTime local = LocalDateTime.of(d, LocalTime.of(Integer.parseInt(m.group(2)) % 24,
                Integer.parseInt(m.group(3)) % 60, m.group(4) == null ? 0 : Integer.parseInt(m.group(4)) % 60));
        String zone = m.group(5);
        if (zone == null) {
            return local.toString();
        }
        ZoneOffset offset = "Z".equals(zone) ? ZoneOffset.UTC : ZoneOffset.of(zone.length() == 5
                ? zone.substring(0, 3) + ":" + zone.substring(3) : zone);
        OffsetDateTime time = OffsetDateTime.of(local, offset);
        // A UTC time names the site's local day only after conversion to the site's zone.
        if (offset.getTotalSeconds() == 0) {
            ZoneId site = siteZone();
            if (site != null) {
                return time.atZoneSameInstant(site).toOffsetDateTime().toString();
            }
        }
        return time.toString();
    }

    private static final Pattern ISO_TIME = Pattern.compile(
            "(\\d{4}-\\d{1,2}-\\d{1,2})[T ](\\d{1,2}):(\\d{1,2})(?::(\\d{1,2})(?:[.,]\\d+)?)?\\s*(Z|[+-]\\d{2}:?\\d{2})?");
    private static final Pattern EXPLICIT_OFFSET = Pattern.compile(
            "\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?\\s?([+-])(\\d{2}):?(\\d{2})(?!\\d)");
    private ZoneId siteZone;
    private boolean zoneKnown;

    /** The site's time zone: the offset its own timestamps carry most often, else its country domain or language. */
    private ZoneId siteZone() {
        if (zoneKnown) {
            return siteZone;
        }
        zoneKnown = true;
        Map<Integer, Integer> counts = new HashMap<>();
        Matcher m = EXPLICIT_OFFSET.matcher(html);
        while (m.find()) {
            int h = Integer.parseInt(m.group(2));
            int min = Integer.parseInt(m.group(3));
            int secs = (h * 3600 + min * 60) * ("-".equals(m.group(1)) ? -1 : 1);
            if (secs != 0 && h <= 14 && min < 60) {
                counts.merge(secs, 1, Integer::sum);
            }
        }
        int best = 0;
        int bestCount = 0;
        for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
            if (e.getValue() > bestCount) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        if (bestCount > 0) {
            siteZone = ZoneOffset.ofTotalSeconds(best);
            return siteZone;
        }
        String host = url == null ? "" : url.replaceFirst("^[a-zA-Z]+://", "").replaceFirst("[/:?#].*$", "");
        String tld = host.substring(host.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        String zone = TimeZones.byDomain(tld);
        if (zone == null && language != null) {
            zone = TimeZones.byLanguage(language);
        }
        siteZone = zone == null ? null : ZoneId.of(zone);
        return siteZone;
    }

    private String fromTimeElements() {
        String fallback = null;
        for (Element t : doc.select("time")) {
            if (insideNonArticle(t)) {
                continue;
            }
            String value = t.hasAttr("datetime") ? t.attr("datetime") : t.text();
            LocalDate d = t.hasAttr("datetime") ? DateParser.parseValue(value)
                    : DateParser.parseText(value, monthFirst);
            if (!plausible(d)) {
                continue;
            }
            String ci = (t.className() + " " + t.id() + " " + t.attr("itemprop")).toLowerCase(Locale.ROOT);
            if (NOT_PUBLISHED.matcher(ci).find()) {
                continue;
            }
            if (t.hasAttr("pubdate") || ci.contains("publi") || ci.contains("posted") || ci.contains("created")) {
                return t.hasAttr("datetime") ? accept(value) : d.toString();
            }
            if (fallback == null) {
                fallback = d.toString();
            }
        }
        return fallback;
    }

    private static boolean insideNonArticle(Element e) {
        for (Element a = e; a != null; a = a.parent()) {
            String ci = a.className() + " " + a.id();
            if (!ci.isBlank() && NOT_PUBLISHED.matcher(ci).find()) {
                return true;
            }
            String tag = a.normalName();
            if ("aside".equals(tag) || "footer".equals(tag) || "nav".equals(tag)) {
                return true;
            }
        }
        return false;
    }

    /** Short blocks whose class or id speaks of dates or bylines ("posted on 3 March 2020"). */
    private String fromDateBlocks() {
        for (Element e : doc.body() == null ? List.<Element>of() : doc.body().getAllElements()) {
            if (SKIP_TAGS.contains(e.normalName())) {
                continue;
            }
            String ci = e.className() + " " + e.id();
            if (ci.isBlank() || !DATE_CLASS.matcher(ci).find() || NOT_PUBLISHED.matcher(ci).find()) {
                continue;
            }
            String text = e.text();
            if (text.length() > 150 || text.length() < 6 || insideNonArticle(e)) {
                continue;
            }
            LocalDate d = DateParser.parseText(text, monthFirst);
            if (plausible(d) && !mentionsUpdate(text, d)) {
                return d.toString();
            }
        }
        return null;
    }

    /** "Updated March 3, 2020" names a modification, not the publication. */
    private boolean mentionsUpdate(String text, LocalDate d) {
        String l = text.toLowerCase(Locale.ROOT);
        int u = Math.max(l.indexOf("updat"), Math.max(l.indexOf("aktualisiert"), l.indexOf("modifi")));
        if (u < 0) {
            return false;
        }
        DateParser.Found f = DateParser.first(text, monthFirst);
        return f != null && f.start() > u && !l.substring(0, u).matches(".*(publi|posted|erschienen).*");
    }

    /** The first date written after the headline, within the next stretch of text. */
    private String nearHeadline() {
        Element h1 = doc.selectFirst("h1");
        if (h1 == null || doc.body() == null) {
            return null;
        }
        StringBuilder after = new StringBuilder();
        boolean started = false;
        for (Element e : doc.body().getAllElements()) {
            if (e == h1) {
                started = true;
                continue;
            }
            if (!started || SKIP_TAGS.contains(e.normalName())) {
                continue;
            }
            after.append(e.ownText()).append(' ');
            if (after.length() > 1500) {
                break;
            }
        }
        LocalDate d = DateParser.parseText(after.toString(), monthFirst);
        return plausible(d) ? d.toString() : null;
    }

    /** The date written most often in the page text (earliest on ties). */
    private String mostFrequent() {
        if (doc.body() == null) {
            return null;
        }
        String text = doc.body().text();
        // Dates far down a very long page are listings, not this article's.
        text = text.substring(0, Math.min(text.length(), 300_000));
        Map<LocalDate, Integer> counts = new HashMap<>();
        int from = 0;
        while (from < text.length()) {
            String rest = text.substring(from, Math.min(text.length(), from + 4000));
            DateParser.Found f = DateParser.first(rest, monthFirst);
            if (f == null) {
                from += 3800;
                continue;
            }
            if (plausible(f.date())) {
                counts.merge(f.date(), 1, Integer::sum);
            }
            from += f.start() + 6;
        }
        LocalDate best = null;
        int bestCount = 0;
        for (Map.Entry<LocalDate, Integer> e : counts.entrySet()) {
            if (e.getValue() > bestCount || e.getValue() == bestCount && e.getKey().isBefore(best)) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        return best == null ? null : best.toString();
    }
}
