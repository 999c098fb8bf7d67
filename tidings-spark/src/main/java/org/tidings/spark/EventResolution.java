package org.tidings.spark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.Optional;
import org.apache.spark.storage.StorageLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tidings.resolve.Fingerprint;
import org.tidings.resolve.MergeDecision;
import org.tidings.resolve.Report;
import org.tidings.resolve.ResolvedEvent;
import org.tidings.resolve.Resolver;
import scala.Tuple2;

/**
 * The second stage: many reports of one event become one event, across all partitions, with the core's
 * {@link Resolver} making every decision. Mentions meet under {@link BlockingKeys}; each pair is decided once, in the
 * first block both are in; events are the connected components of the links (so the same events as an embedded
 * store, whatever the order articles came in); near-duplicate articles are found with the core's MinHash
 * {@link Fingerprint} bands; each event is summed up by {@link Resolver#summarize}.
 */
final class EventResolution {

    private static final Logger LOG = LoggerFactory.getLogger(EventResolution.class);
    // Components of news events are small and shallow; a chain this long means something is wrong.
    private static final int MAX_ROUNDS = 200;

    private EventResolution() {
    }

    /** Every decision the store would keep: pairs of mentions linked, or compared with a score above zero. */
    static JavaRDD<LinkRecord> decide(JavaRDD<MentionRecord> mentions, StoreRows rows) {
        JavaPairRDD<String, String> blocks = mentions.flatMapToPair(m -> {
            List<Tuple2<String, String>> out = new ArrayList<>();
            for (String key : BlockingKeys.of(Reports.decode(m.report()))) {
                out.add(new Tuple2<>(key, m.report()));
            }
            return out.iterator();
        });
        return blocks.groupByKey().flatMap(block -> decideBlock(block._1(), block._2(), rows).iterator());
    }

    private static List<LinkRecord> decideBlock(String key, Iterable<String> members, StoreRows rows) {
        List<Report> reports = new ArrayList<>();
        members.forEach(json -> reports.add(Reports.decode(json)));
        reports.sort(Comparator.comparing(Report::id));
        List<List<String>> keys = reports.stream().map(BlockingKeys::of).toList();
        Resolver resolver = Resolver.defaults();
        List<LinkRecord> out = new ArrayList<>();
        for (int i = 0; i < reports.size(); i++) {
            for (int j = i + 1; j < reports.size(); j++) {
                Report a = reports.get(i);
                Report b = reports.get(j);
                if (a.articleId().equals(b.articleId()) || !key.equals(BlockingKeys.firstShared(keys.get(i),
                        keys.get(j)))) {
                    continue;
                }
                MergeDecision d = resolver.compare(a, b);
                // As the store: a pair that failed a hard constraint (score 0) explains nothing worth keeping.
                if (d.merged() || d.score() > 0) {
                    out.add(new LinkRecord(d.a(), d.b(), d.merged(), rows.link(d)));
                }
            }
        }
        return out;
    }

    /**
     * The component of every linked mention, named by its smallest mention id: each round every mention takes the
     * smallest name among itself and its neighbours, until no name changes.
     */
    static JavaPairRDD<String, String> components(JavaRDD<LinkRecord> links) {
        JavaPairRDD<String, String> edges = links.filter(LinkRecord::merged)
                .flatMapToPair(l -> List.of(new Tuple2<>(l.a(), l.b()), new Tuple2<>(l.b(), l.a())).iterator())
                .persist(StorageLevel.MEMORY_AND_DISK());
        JavaPairRDD<String, String> labels = edges.mapToPair(e -> new Tuple2<>(e._1(), min(e._1(), e._2())))
                .reduceByKey(EventResolution::min).persist(StorageLevel.MEMORY_AND_DISK());
        for (int round = 1; ; round++) {
            JavaPairRDD<String, String> next = edges.join(labels)
                    .mapToPair(t -> new Tuple2<>(t._2()._1(), t._2()._2()))
                    .union(labels).reduceByKey(EventResolution::min).persist(StorageLevel.MEMORY_AND_DISK());
            long changed = next.join(labels).filter(t -> !t._2()._1().equals(t._2()._2())).count();
            labels.unpersist(false);
            labels = next;
            if (changed == 0) {
                LOG.info("event components settled after {} rounds", round);
                break;
            }
            if (round >= MAX_ROUNDS) {
                throw new IllegalStateException("event components did not settle in " + MAX_ROUNDS + " rounds");
            }
        }
        edges.unpersist(false);
        return labels;
    }

    private static String min(String a, String b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    /** Pairs of articles that are copies of one story, the later one first, as the store records them. */
    static JavaRDD<NearDuplicate> nearDuplicates(JavaRDD<ArticlePrint> prints) {
        // A text too short for a meaningful sketch is no one's near-duplicate, not even its own.
        JavaRDD<ArticlePrint> usable = prints.filter(p -> p.fingerprint().nearDuplicate(p.fingerprint()));
        JavaPairRDD<String, ArticlePrint> byId = usable.mapToPair(p -> new Tuple2<>(p.articleId(), p));
        JavaPairRDD<String, String> candidates = usable.flatMapToPair(p -> {
            List<Tuple2<Long, String>> out = new ArrayList<>();
            for (long band : p.fingerprint().bands()) {
                out.add(new Tuple2<>(band, p.articleId()));
            }
            return out.iterator();
        }).groupByKey().flatMapToPair(group -> {
            TreeSet<String> ids = new TreeSet<>();
            group._2().forEach(ids::add);
            List<String> sorted = new ArrayList<>(ids);
            List<Tuple2<String, String>> pairs = new ArrayList<>();
            for (int i = 0; i < sorted.size(); i++) {
                for (int j = i + 1; j < sorted.size(); j++) {
                    pairs.add(new Tuple2<>(sorted.get(i), sorted.get(j)));
                }
            }
            return pairs.iterator();
        }).distinct();
        return candidates.join(byId).mapToPair(t -> new Tuple2<>(t._2()._1(), t._2()._2())).join(byId)
                .flatMap(t -> {
                    ArticlePrint a = t._2()._1();
                    ArticlePrint b = t._2()._2();
                    Fingerprint fa = a.fingerprint();
                    Fingerprint fb = b.fingerprint();
                    if (!fa.nearDuplicate(fb)) {
                        return List.<NearDuplicate>of().iterator();
                    }
                    boolean aIsCopy = later(a, b);
                    return List.of(new NearDuplicate(aIsCopy ? a.articleId() : b.articleId(),
                            aIsCopy ? b.articleId() : a.articleId(), fa.jaccard(fb), fa.containment(fb))).iterator();
                });
    }

    // The copy is the later published one, and of two published alike the one with the larger id (the store's rule).
    private static boolean later(ArticlePrint a, ArticlePrint b) {
        int c = Resolver.timeKey(a.published()).compareTo(Resolver.timeKey(b.published()));
        return c != 0 ? c > 0 : a.articleId().compareTo(b.articleId()) > 0;
    }

    /** Every mention's event, summed up from all its reports, with the near-duplicates among their articles. */
    static JavaRDD<ResolvedRows> events(JavaRDD<MentionRecord> mentions, JavaPairRDD<String, String> components,
                                        JavaRDD<NearDuplicate> duplicates, StoreRows rows) {
        // An unlinked mention is an event of its own, named by itself.
        JavaPairRDD<String, MentionRecord> byComponent = mentions.mapToPair(m -> new Tuple2<>(m.id(), m))
                .leftOuterJoin(components)
                .mapToPair(t -> new Tuple2<>(orSelf(t._2()._2(), t._1()), t._2()._1()));
        JavaPairRDD<String, String> articleComponent = byComponent
                .mapToPair(t -> new Tuple2<>(t._2().articleId(), t._1())).distinct();
        // Copy pairs whose both articles tell the component: (copy, original) joined on either side.
        JavaPairRDD<String, List<String>> copies = duplicates.mapToPair(d -> new Tuple2<>(d.copy(), d.original()))
                .join(articleComponent)
                .mapToPair(t -> new Tuple2<>(new Tuple2<>(t._2()._1(), t._2()._2()), t._1()))
                .join(articleComponent.mapToPair(t -> new Tuple2<>(new Tuple2<>(t._1(), t._2()), Boolean.TRUE)))
                .mapToPair(t -> new Tuple2<>(t._1()._2(), List.of(t._2()._1(), t._1()._1())));
        return byComponent.cogroup(copies).map(t -> {
            List<MentionRecord> members = new ArrayList<>();
            t._2()._1().forEach(members::add);
            members.sort(Comparator.comparing(MentionRecord::id));
            List<Report> reports = members.stream().map(m -> Reports.decode(m.report())).toList();
            List<List<String>> pairs = new ArrayList<>();
            t._2()._2().forEach(pairs::add);
            pairs.sort(Comparator.comparing((List<String> p) -> p.get(0)).thenComparing(p -> p.get(1)));
            ResolvedEvent event = Resolver.defaults().summarize(reports, pairs);
            List<org.apache.spark.sql.Row> mentionRows = new ArrayList<>();
            for (MentionRecord m : members) {
                mentionRows.add(rows.withEvent(m.row(), event.id()));
            }
            return new ResolvedRows(rows.event(event), mentionRows);
        });
    }

    private static String orSelf(Optional<String> component, String self) {
        return component.isPresent() ? component.get() : self;
    }
}
