package org.tidings.resolve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.tidings.actors.ActorMention;
import org.tidings.events.EventMention;

/**
 * Cross-article event resolution: which mentions tell the same real-world event, and what the event then is.
 *
 * <p>Two mentions of different articles are linked by a pairwise test that looks at nothing but the two of them
 * (type, actors, dates at their precision, places); events are the connected components of those links. So the
 * clustering does not depend on the order articles arrive in, and a new article only needs comparing with the
 * mentions that can pass the test: those of a compatible type, sharing an actor country, whose date windows
 * overlap (the blocking keys of {@link #blockKeys}, or the same conditions as a database query).
 *
 * <pre>{@code
 * Resolver r = Resolver.defaults();
 * MergeDecision d = r.compare(a, b);           // d.merged(), d.score(), d.reasons()
 * List<ResolvedEvent> events = r.resolve(reports);
 * }</pre>
 */
public final class Resolver {

    /**
     * Pairs of different PLOVER types that may name one event. Each is a common disagreement between outlets or
     * coders about the same happening: a missile launch told as a show of force or as a threat, a summons told as
     * a protest or an accusation, diplomats expelled told as a sanction or a coercive act.
     */
    static final Set<Set<String>> COMPATIBLE_TYPES = Set.of(
            Set.of("MOBILIZE", "THREATEN"),
            Set.of("ACCUSE", "PROTEST"),
            Set.of("SANCTION", "COERCE"),
            Set.of("CONSULT", "AGREE"));

    /** Days a day-precision date may differ by: time zones, "overnight", "late on Saturday". */
    static final int DAY_SLACK = 1;
    /** An event reported with no date of its own happened on the publication day or up to this many days before. */
    static final int PUBLICATION_LOOKBACK = 3;
    /** A planned event may come true this many days after the date it was announced for. */
    static final int PLANNED_AHEAD = 14;
    static final double THRESHOLD = 3.0;

    private static final Resolver DEFAULTS = new Resolver(THRESHOLD);

    private final double threshold;

    public Resolver(double threshold) {
        this.threshold = threshold;
    }

    public static Resolver defaults() {
        return DEFAULTS;
    }

    public double threshold() {
        return threshold;
    }

    // ---- the pairwise test ----

    /** Types that may be linked with this one (itself included). */
    public static Set<String> compatibleTypes(String type) {
        Set<String> out = new LinkedHashSet<>();
        out.add(type);
        for (Set<String> pair : COMPATIBLE_TYPES) {
            if (pair.contains(type)) {
                out.addAll(pair);
            }
        }
        return out;
    }

    /** The group of compatible types a type belongs to, for blocking: the alphabetically first of them. */
    public static String typeGroup(String type) {
        // The pairs are disjoint, so one step reaches the whole group.
        return compatibleTypes(type).stream().min(Comparator.naturalOrder()).orElse(type);
    }

    /**
     * The days within which another mention's window must fall for the two to be the same event: the date's
     * period (day, week, month, year) widened by the slack that fits how it was found; null when undated.
     */
    public static LocalDate[] window(Report r) {
        EventMention.EventDate date = r.mention().date();
        LocalDate[] period = date == null ? null : Periods.of(date.value());
        if (period == null) {
            LocalDate pub = publicationDay(r.published());
            if (pub == null) {
                return null;
            }
            period = new LocalDate[] {pub, pub};
            date = new EventMention.EventDate(pub.toString(), "publication", null);
        }
        LocalDate first = period[0];
        LocalDate last = period[1].plusDays(DAY_SLACK);
        if ("publication".equals(date.basis())) {
            first = first.minusDays(PUBLICATION_LOOKBACK);
        }
        if ("planned".equals(r.mention().certainty())) {
            last = last.plusDays(PLANNED_AHEAD);
        }
        return new LocalDate[] {first, last};
    }

    /** Compares two mentions: the hard constraints first, then the sum of feature scores against the threshold. */
    public MergeDecision compare(Report x, Report y) {
        Report a = x.id().compareTo(y.id()) <= 0 ? x : y;
        Report b = a == x ? y : x;
        List<String> reasons = new ArrayList<>();
        if (a.articleId().equals(b.articleId())) {
            return no(a, b, "same article (its tellings are merged by the event coder)");
        }
        EventMention ma = a.mention();
        EventMention mb = b.mention();
        double score = 0;
        if (ma.type().equals(mb.type())) {
            score += 1.0;
            reasons.add("type " + ma.type() + " +1.0");
        } else if (compatibleTypes(ma.type()).contains(mb.type())) {
            score += 0.5;
            reasons.add("compatible types " + ma.type() + "/" + mb.type() + " +0.5");
        } else {
            return no(a, b, "types differ: " + ma.type() + " vs " + mb.type());
        }
        LocalDate[] wa = window(a);
        LocalDate[] wb = window(b);
        if (wa == null || wb == null) {
            return no(a, b, "undated");
        }
        if (wa[0].isAfter(wb[1]) || wb[0].isAfter(wa[1])) {
            return no(a, b, "dates apart: " + dateText(ma) + " vs " + dateText(mb));
        }
        score += dateScore(ma, mb, reasons);

        Set<String> sa = countries(ma.source());
        Set<String> sb = countries(mb.source());
        Set<String> ta = countries(ma.target());
        Set<String> tb = countries(mb.target());
        Set<String> sourceShared = shared(sa, sb);
        Set<String> targetShared = shared(ta, tb);
        if (!sa.isEmpty() && !sb.isEmpty()) {
            if (sourceShared.isEmpty()) {
                return no(a, b, "sources differ: " + sa + " vs " + sb);
            }
            score += 1.0;
            reasons.add("source country " + String.join(",", sourceShared) + " +1.0");
        } else if (ta.isEmpty() || tb.isEmpty() || targetShared.isEmpty()) {
            return no(a, b, "no shared actor country (sources " + sa + " vs " + sb + ")");
        }
        if (!ta.isEmpty() && !tb.isEmpty()) {
            if (targetShared.isEmpty()) {
                return no(a, b, "targets differ: " + ta + " vs " + tb);
            }
            score += 1.0;
            reasons.add("target country " + String.join(",", targetShared) + " +1.0");
        } else if (ta.isEmpty() != tb.isEmpty()) {
            reasons.add("target told by one side only +0.0");
        } else {
            score += 0.5;
            reasons.add("no target on either side +0.5");
        }
        score += sectorScore(ma.source(), mb.source(), "source", reasons);
        score += sectorScore(ma.target(), mb.target(), "target", reasons);
        score += identityScore(ma, mb, reasons);
        score += placeScore(ma.location(), mb.location(), reasons);
        if (ma.cameo() != null && ma.cameo().equals(mb.cameo())) {
            score += 0.25;
            reasons.add("CAMEO " + ma.cameo() + " +0.25");
        }
        if (ma.quantity() != null && mb.quantity() != null) {
            boolean same = ma.quantity().value() == mb.quantity().value();
            score += same ? 0.25 : -0.25;
            reasons.add("quantity " + ma.quantity().value() + (same ? " = " : " vs ") + mb.quantity().value()
                    + (same ? " +0.25" : " -0.25"));
        }
        score = Math.round(score * 100) / 100.0;
        boolean merged = score >= threshold;
        reasons.add((merged ? "linked: " : "not linked: ") + "score " + score + (merged ? " >= " : " < ") + threshold);
        return new MergeDecision(a.id(), b.id(), merged, score, reasons);
    }

    private static MergeDecision no(Report a, Report b, String why) {
        return new MergeDecision(a.id(), b.id(), false, 0, List.of(why));
    }

    private static double dateScore(EventMention a, EventMention b, List<String> reasons) {
        boolean textA = a.date() != null && "text".equals(a.date().basis());
        boolean textB = b.date() != null && "text".equals(b.date().basis());
        LocalDate[] pa = a.date() == null ? null : Periods.of(a.date().value());
        LocalDate[] pb = b.date() == null ? null : Periods.of(b.date().value());
        if (textA && textB && pa != null && pb != null) {
            boolean dayA = pa[0].equals(pa[1]);
            boolean dayB = pb[0].equals(pb[1]);
            if (dayA && dayB && pa[0].equals(pb[0])) {
                reasons.add("same day " + a.date().value() + " +1.0");
                return 1.0;
            }
            if (dayA && dayB) {
                reasons.add("adjacent days " + a.date().value() + "/" + b.date().value() + " +0.5");
                return 0.5;
            }
            if (!pa[0].isAfter(pb[1]) && !pb[0].isAfter(pa[1])) {
                reasons.add("dates overlap at their precision " + a.date().value() + "/" + b.date().value() + " +0.5");
                return 0.5;
            }
            reasons.add("dates near " + a.date().value() + "/" + b.date().value() + " +0.25");
            return 0.25;
        }
        reasons.add("date window (publication day or plan) " + dateText(a) + "/" + dateText(b) + " +0.25");
        return 0.25;
    }

    private static double sectorScore(List<ActorMention> a, List<ActorMention> b, String role, List<String> reasons) {
        Map<String, Set<String>> sectorsA = sectors(a);
        Map<String, Set<String>> sectorsB = sectors(b);
        double score = 0;
        for (Map.Entry<String, Set<String>> e : sectorsA.entrySet()) {
            Set<String> other = sectorsB.get(e.getKey());
            if (other == null || e.getValue().isEmpty() || other.isEmpty()) {
                continue;
            }
            if (!shared(e.getValue(), other).isEmpty()) {
                score = Math.max(score, 0.25);
            } else {
                score = Math.min(score, -0.5);
            }
        }
        if (score > 0) {
            reasons.add(role + " sector matches +0.25");
        } else if (score < 0) {
            reasons.add(role + " sectors differ -0.5");
        }
        return score;
    }

    private static double identityScore(EventMention a, EventMention b, List<String> reasons) {
        Set<String> ia = identities(a);
        Set<String> ib = identities(b);
        if (ia.isEmpty() || ib.isEmpty()) {
            return 0;
        }
        Set<String> common = shared(ia, ib);
        if (!common.isEmpty()) {
            reasons.add("same actor " + String.join(",", common) + " +0.5");
            return 0.5;
        }
        return 0;
    }

    private static double placeScore(EventMention.Place a, EventMention.Place b, List<String> reasons) {
        if (a == null || b == null) {
            return 0;
        }
        if (a.latitude() != null && b.latitude() != null && a.longitude() != null && b.longitude() != null) {
            double km = kilometres(a.latitude(), a.longitude(), b.latitude(), b.longitude());
            if (km <= 50) {
                reasons.add("same place " + a.name() + " +0.5");
                return 0.5;
            }
            if (km > 1000) {
                reasons.add("places far apart " + a.name() + "/" + b.name() + " (" + Math.round(km) + " km) -0.75");
                return -0.75;
            }
            return 0;
        }
        if (a.name() != null && a.name().equalsIgnoreCase(b.name())) {
            reasons.add("same place " + a.name() + " +0.5");
            return 0.5;
        }
        if (a.country() != null && b.country() != null && !a.country().equals(b.country())) {
            reasons.add("place countries differ " + a.country() + "/" + b.country() + " -0.5");
            return -0.5;
        }
        return 0;
    }

    static double kilometres(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double h = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 6371 * 2 * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    static Set<String> countries(List<ActorMention> actors) {
        Set<String> out = new HashSet<>();
        for (ActorMention m : actors) {
            if (m.country() != null && !m.country().isBlank()) {
                out.add(m.country());
            }
        }
        return out;
    }

    private static Map<String, Set<String>> sectors(List<ActorMention> actors) {
        Map<String, Set<String>> out = new HashMap<>();
        for (ActorMention m : actors) {
            if (m.country() != null) {
                Set<String> s = out.computeIfAbsent(m.country(), k -> new HashSet<>());
                if (m.sector() != null && !m.sector().isBlank()) {
                    s.add(m.sector());
                }
            }
        }
        return out;
    }

    private static Set<String> identities(EventMention m) {
        Set<String> out = new HashSet<>();
        for (ActorMention a : m.source()) {
            // "country:KOR" identities only repeat the country, which is scored already.
            if (a.identity() != null && !a.identity().startsWith("country:")) {
                out.add(a.identity());
            }
        }
        for (ActorMention a : m.target()) {
            // "country:KOR" identities only repeat the country, which is scored already.
            if (a.identity() != null && !a.identity().startsWith("country:")) {
                out.add(a.identity());
            }
        }
        return out;
    }

    private static Set<String> shared(Set<String> a, Set<String> b) {
        Set<String> out = new java.util.TreeSet<>(a);
        out.retainAll(b);
        return out;
    }

    private static String dateText(EventMention m) {
        return m.date() == null ? "undated" : m.date().value() + " (" + m.date().basis() + ")";
    }

    /**
     * A key that sorts publication times in time order: UTC instants when the zone is known; a bare day or local
     * time sorts as itself. Undated sorts last.
     */
    public static String timeKey(String published) {
        if (published == null) {
            return "~";
        }
        try {
            return java.time.OffsetDateTime.parse(published).toInstant().toString();
        } catch (java.time.format.DateTimeParseException e) {
            return published;
        }
    }

    static LocalDate publicationDay(String published) {
        if (published == null || published.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(published.substring(0, 10));
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    // ---- blocking ----

    /**
     * Keys under which a mention is filed: its type group, one actor role and country, and one ISO week its window
     * touches. A mention with a source country is filed under each source ("s") and each target ("t"); one without
     * under each target as an unsourced mention ("u"). Two mentions the test can link always share a key between
     * the probe keys of either and the filing of the other, whichever of them comes first (ResolverTest checks it).
     */
    public static List<String> blockKeys(Report r) {
        return keys(r, false);
    }

    /**
     * Keys to probe for a mention. The pairwise test links two mentions with source countries only through a shared
     * source, and a mention without one only through a shared target: so a sourced mention probes its sources and
     * the unsourced mentions of its targets, an unsourced one the sourced and unsourced mentions of its targets.
     */
    static List<String> probeKeys(Report r) {
        return keys(r, true);
    }

    private static List<String> keys(Report r, boolean probe) {
        LocalDate[] w = window(r);
        if (w == null) {
            return List.of();
        }
        EventMention m = r.mention();
        Set<String> sources = new java.util.TreeSet<>(countries(m.source()));
        Set<String> targets = new java.util.TreeSet<>(countries(m.target()));
        List<String> roles = new ArrayList<>();
        if (!sources.isEmpty()) {
            sources.forEach(c -> roles.add("s" + c));
            targets.forEach(c -> roles.add((probe ? "u" : "t") + c));
        } else {
            targets.forEach(c -> roles.add("u" + c));
            if (probe) {
                targets.forEach(c -> roles.add("t" + c));
            }
        }
        if (roles.isEmpty()) {
            return List.of();
        }
        List<String> groups = List.of(typeGroup(m.type()));
        List<String> keys = new ArrayList<>();
        for (long week = weekIndex(w[0]); week <= weekIndex(w[1]); week++) {
            for (String g : groups) {
                for (String role : roles) {
                    keys.add(g + "|" + role + "|" + week);
                }
            }
        }
        return keys;
    }

    private static long weekIndex(LocalDate d) {
        // Days since 1970-01-05 (a Monday), in weeks.
        return Math.floorDiv(d.toEpochDay() - 4, 7);
    }

    // ---- whole sets ----

    /** Resolves a set of reports at once (see {@link Clustering} for one article at a time). */
    public List<ResolvedEvent> resolve(Collection<Report> reports, Collection<List<String>> duplicateArticles) {
        Clustering c = new Clustering(this);
        reports.forEach(c::add);
        List<ResolvedEvent> out = new ArrayList<>();
        for (List<Report> cluster : c.clusters()) {
            out.add(summarize(cluster, duplicateArticles));
        }
        return out;
    }

    /** An incremental clustering held in memory; add reports in any order, the clusters come out the same. */
    public Clustering clustering() {
        return new Clustering(this);
    }

    /** Incremental clustering: blocking index plus union-find over linked mentions. */
    public static final class Clustering {
        private final Resolver resolver;
        private final Map<String, List<Report>> blocks = new HashMap<>();
        private final Map<String, String> parent = new HashMap<>();
        private final Map<String, Report> byId = new HashMap<>();
        private long comparisons;

        Clustering(Resolver resolver) {
            this.resolver = resolver;
        }

        /** Adds one report, linking it with every earlier report the pairwise test accepts. */
        public List<MergeDecision> add(Report r) {
            if (byId.putIfAbsent(r.id(), r) != null) {
                return List.of();
            }
            parent.put(r.id(), r.id());
            List<MergeDecision> links = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (String key : probeKeys(r)) {
                List<Report> block = blocks.get(key);
                if (block == null) {
                    continue;
                }
                for (Report other : block) {
                    if (!seen.add(other.id())) {
                        continue;
                    }
                    comparisons++;
                    MergeDecision d = resolver.compare(r, other);
                    if (d.merged()) {
                        links.add(d);
                        union(r.id(), other.id());
                    }
                }
            }
            for (String key : blockKeys(r)) {
                blocks.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
            }
            return links;
        }

        /** Adds every mention of one article; mentions of one article are never linked with each other. */
        public void addArticle(Collection<Report> reports) {
            reports.forEach(this::add);
        }

        public long comparisons() {
            return comparisons;
        }

        public int size() {
            return byId.size();
        }

        /** The clusters, each sorted by mention id, sorted by their first id. */
        public List<List<Report>> clusters() {
            Map<String, List<Report>> groups = new TreeMap<>();
            for (Report r : byId.values()) {
                groups.computeIfAbsent(find(r.id()), k -> new ArrayList<>()).add(r);
            }
            List<List<Report>> out = new ArrayList<>();
            for (List<Report> g : groups.values()) {
                g.sort(Comparator.comparing(Report::id));
                out.add(g);
            }
            out.sort(Comparator.comparing(g -> g.get(0).id()));
            return out;
        }

        /** The cluster id of every mention: the smallest mention id in its cluster. */
        public Map<String, String> assignment() {
            Map<String, String> smallest = new HashMap<>();
            for (String id : byId.keySet()) {
                smallest.merge(find(id), id, (p, q) -> p.compareTo(q) <= 0 ? p : q);
            }
            Map<String, String> out = new TreeMap<>();
            for (String id : byId.keySet()) {
                out.put(id, smallest.get(find(id)));
            }
            return out;
        }

        private String find(String id) {
            String root = id;
            while (!parent.get(root).equals(root)) {
                root = parent.get(root);
            }
            String cur = id;
            while (!cur.equals(root)) {
                String next = parent.get(cur);
                parent.put(cur, root);
                cur = next;
            }
            return root;
        }

        private void union(String a, String b) {
            String ra = find(a);
            String rb = find(b);
            if (!ra.equals(rb)) {
                if (ra.compareTo(rb) < 0) {
                    parent.put(rb, ra);
                } else {
                    parent.put(ra, rb);
                }
            }
        }
    }

    // ---- the event of a cluster ----

    /** The stable id of an event: a 53-bit hash of its smallest mention id (safe as a JSON number). */
    public static long eventId(Collection<Report> members) {
        String smallest = members.stream().map(Report::id).min(Comparator.naturalOrder()).orElseThrow();
        return eventId(smallest);
    }

    public static long eventId(String smallestMentionId) {
        long h = Fingerprint.hash(smallestMentionId) & ((1L << 53) - 1);
        return h == 0 ? 1 : h;
    }

    private static final List<String> CERTAINTY_ORDER = List.of("asserted", "reported", "alleged", "planned",
            "hypothetical", "denied", "negated");

    /**
     * What a cluster of reports tells: the best-told mention with the best date and place, counts of reports and
     * independent outlets, first and last report, corroboration.
     *
     * @param duplicateArticles pairs (or larger groups) of article ids that are near-duplicate copies of each other
     */
    public ResolvedEvent summarize(Collection<Report> members, Collection<List<String>> duplicateArticles) {
        if (members.isEmpty()) {
            throw new IllegalArgumentException("an event needs at least one report");
        }
        List<Report> reports = new ArrayList<>(members);
        reports.sort(Comparator.comparing((Report r) -> timeKey(r.published()))
                .thenComparing(Report::id));

        // Type: the most told among reports that say it happened; plans and denials only when nothing else.
        Map<String, Integer> typeVotes = new TreeMap<>();
        for (Report r : reports) {
            String c = r.mention().certainty();
            boolean happened = c == null || !Set.of("planned", "hypothetical", "negated", "denied").contains(c);
            typeVotes.merge(r.mention().type(), happened ? 3 : 1, Integer::sum);
        }
        String type = typeVotes.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).orElseThrow().getKey();

        Report rep = reports.stream().filter(r -> r.mention().type().equals(type))
                .min(Comparator.comparingInt((Report r) -> -richness(r.mention()))
                        .thenComparing(r -> timeKey(r.published()))
                        .thenComparing(Report::id))
                .orElseThrow();

        // Best date: the most precise text date most reports agree on; else the earliest publication day.
        Map<String, List<Report>> dateVotes = new TreeMap<>();
        for (Report r : reports) {
            EventMention.EventDate d = r.mention().date();
            if (d != null && "text".equals(d.basis()) && d.value() != null && Periods.of(d.value()) != null
                    && !"planned".equals(r.mention().certainty())) {
                dateVotes.computeIfAbsent(d.value(), k -> new ArrayList<>()).add(r);
            }
        }
        EventMention.EventDate bestDate;
        List<String> dateEvidence = new ArrayList<>();
        if (!dateVotes.isEmpty()) {
            String value = dateVotes.entrySet().stream().max(Comparator
                    .comparingInt((Map.Entry<String, List<Report>> e) -> precision(e.getKey()))
                    .thenComparingInt(e -> e.getValue().size())
                    .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).orElseThrow().getKey();
            List<Report> support = dateVotes.get(value);
            bestDate = new EventMention.EventDate(value, "text", support.get(0).mention().date().expression());
            for (Report r : support) {
                dateEvidence.add(r.id() + ": " + r.mention().date().expression() + " = " + value);
            }
        } else {
            bestDate = rep.mention().date();
            if (bestDate != null) {
                dateEvidence.add(rep.id() + ": publication day " + bestDate.value());
            }
        }

        Map<String, List<Report>> placeVotes = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (Report r : reports) {
            EventMention.Place p = r.mention().location();
            if (p != null && p.name() != null && !p.name().isBlank()) {
                placeVotes.computeIfAbsent(p.name(), k -> new ArrayList<>()).add(r);
            }
        }
        EventMention.Place bestPlace = null;
        List<String> placeEvidence = new ArrayList<>();
        if (!placeVotes.isEmpty()) {
            Map.Entry<String, List<Report>> best = placeVotes.entrySet().stream().max(Comparator
                    .comparingInt((Map.Entry<String, List<Report>> e) -> e.getValue().size())
                    .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).orElseThrow();
            bestPlace = best.getValue().stream().map(r -> r.mention().location())
                    .filter(p -> p.latitude() != null).findFirst().orElse(best.getValue().get(0).mention().location());
            for (Report r : best.getValue()) {
                placeEvidence.add(r.id() + ": " + r.mention().location().name());
            }
        }

        // Independent outlets: copies of one story count for the outlet of the earliest copy.
        Map<String, Report> firstOfArticle = new LinkedHashMap<>();
        for (Report r : reports) {
            firstOfArticle.putIfAbsent(r.articleId(), r);
        }
        Map<String, String> original = originals(firstOfArticle, duplicateArticles);
        List<String> outlets = new ArrayList<>();
        List<String> allOutlets = new ArrayList<>();
        Set<String> independentArticles = new HashSet<>();
        for (Report r : firstOfArticle.values()) {
            String outlet = outletOf(r);
            if (!allOutlets.contains(outlet)) {
                allOutlets.add(outlet);
            }
            String orig = original.get(r.articleId());
            independentArticles.add(orig);
            String independent = outletOf(firstOfArticle.get(orig));
            if (!outlets.contains(independent)) {
                outlets.add(independent);
            }
        }

        String certainty = reports.stream().map(r -> r.mention().certainty()).filter(Objects::nonNull)
                .min(Comparator.comparingInt(c -> CERTAINTY_ORDER.indexOf(c) < 0 ? 99 : CERTAINTY_ORDER.indexOf(c)))
                .orElse(rep.mention().certainty());
        String corroboration = corroboration(reports, original, firstOfArticle);

        EventMention m = rep.mention();
        EventMention event = new EventMention(m.type(), m.mode(), m.cameo(), m.goldstein(), m.source(), m.target(),
                bestDate, bestPlace, certainty, m.reportedBy(), m.quantity(), m.evidence(), m.pattern());
        String first = reports.stream().map(Report::published).filter(Objects::nonNull)
                .min(Comparator.comparing(Resolver::timeKey)).orElse(null);
        String last = reports.stream().map(Report::published).filter(Objects::nonNull)
                .max(Comparator.comparing(Resolver::timeKey)).orElse(null);
        return new ResolvedEvent(eventId(reports), event, rep.id(), reports, outlets, allOutlets,
                firstOfArticle.size(), independentArticles.size(), first, last, corroboration, dateEvidence,
                placeEvidence);
    }

    private static String corroboration(List<Report> reports, Map<String, String> original,
                                        Map<String, Report> firstOfArticle) {
        if (reports.stream().anyMatch(r -> "denied".equals(r.mention().certainty()))) {
            return "denied";
        }
        Set<String> confirming = new HashSet<>();
        for (Report r : reports) {
            String c = r.mention().certainty();
            if (c == null || "asserted".equals(c) || "reported".equals(c)) {
                confirming.add(outletOf(firstOfArticle.get(original.get(r.articleId()))));
            }
        }
        if (confirming.size() >= 2) {
            return "confirmed";
        }
        if (confirming.size() == 1) {
            return "single-source";
        }
        Map<String, Integer> counts = new TreeMap<>();
        reports.forEach(r -> counts.merge(String.valueOf(r.mention().certainty()), 1, Integer::sum));
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    private static String outletOf(Report r) {
        if (r.outlet() != null && !r.outlet().isBlank()) {
            return r.outlet();
        }
        if (r.url() != null) {
            try {
                String host = java.net.URI.create(r.url()).getHost();
                if (host != null) {
                    return host.startsWith("www.") ? host.substring(4) : host;
                }
            } catch (IllegalArgumentException e) {
                // fall through to the article id
            }
        }
        return "article " + r.articleId();
    }

    /** Each article's original among its near-duplicates present here: the earliest published, then smallest id. */
    private static Map<String, String> originals(Map<String, Report> articles, Collection<List<String>> duplicates) {
        Map<String, String> parent = new HashMap<>();
        for (String id : articles.keySet()) {
            parent.put(id, id);
        }
        for (List<String> group : duplicates) {
            String anchor = null;
            for (String id : group) {
                if (!parent.containsKey(id)) {
                    continue;
                }
                if (anchor == null) {
                    anchor = id;
                } else {
                    parent.put(root(parent, id), root(parent, anchor));
                }
            }
        }
        Comparator<String> earliest = Comparator.comparing((String id) -> timeKey(articles.get(id).published()))
                .thenComparing(Comparator.naturalOrder());
        Map<String, String> best = new HashMap<>();
        for (String id : articles.keySet()) {
            best.merge(root(parent, id), id, (x, y) -> earliest.compare(x, y) <= 0 ? x : y);
        }
        Map<String, String> out = new HashMap<>();
        for (String id : articles.keySet()) {
            out.put(id, best.get(root(parent, id)));
        }
        return out;
    }

    private static String root(Map<String, String> parent, String id) {
        String r = id;
        while (!parent.get(r).equals(r)) {
            r = parent.get(r);
        }
        return r;
    }

    private static int precision(String value) {
        LocalDate[] p = Periods.of(value);
        if (p == null) {
            return 0;
        }
        long days = p[1].toEpochDay() - p[0].toEpochDay();
        return days == 0 ? 4 : days <= 6 ? 3 : days <= 31 ? 2 : 1;
    }

    // How much a mention tells: actors with countries, a text date, a place, a quantity.
    private static int richness(EventMention m) {
        int n = 0;
        n += countries(m.source()).isEmpty() ? 0 : 4;
        n += countries(m.target()).isEmpty() ? 0 : 4;
        n += m.date() != null && "text".equals(m.date().basis()) ? 2 : 0;
        n += m.location() != null ? 1 : 0;
        n += m.quantity() != null ? 1 : 0;
        n += "asserted".equals(m.certainty()) || "reported".equals(m.certainty()) ? 2 : 0;
        return n;
    }
}
