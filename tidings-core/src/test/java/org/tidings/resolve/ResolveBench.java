package org.tidings.resolve;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.tidings.actors.ActorMention;
import org.tidings.events.EventMention;

/**
 * By hand: resolution of generated event mentions (default 100,000), with timing, peak heap and B-cubed against
 * the generated truth. {@code java -Xmx1g -cp ... org.tidings.resolve.ResolveBench [mentions]}.
 *
 * <p>The generator makes real events (type, source, target, day) over two years among 60 countries, each told by
 * 1 to 8 outlets; each telling may shift the day by one, drop the target, or give only the publication day.
 */
public final class ResolveBench {

    private static final String[] TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
            "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"};
    private static final String[] SECTORS = {"GOV", "MIL", "COP", "OPP", "CVL", "BUS", "MED"};

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        SplittableRandom random = new SplittableRandom(11);
        List<Report> reports = new ArrayList<>(n);
        Map<String, Integer> truth = new HashMap<>();
        LocalDate start = LocalDate.of(2023, 1, 1);
        int event = 0;
        int article = 0;
        while (reports.size() < n) {
            String type = TYPES[random.nextInt(TYPES.length)];
            String source = country(random.nextInt(60)) + SECTORS[random.nextInt(SECTORS.length)];
            String target = country(random.nextInt(60)) + SECTORS[random.nextInt(SECTORS.length)];
            LocalDate day = start.plusDays(random.nextInt(730));
            int tellings = 1 + random.nextInt(8);
            for (int t = 0; t < tellings && reports.size() < n; t++) {
                LocalDate published = day.plusDays(random.nextInt(3));
                boolean fromPublication = random.nextInt(5) == 0;
                LocalDate told = fromPublication ? published : day.plusDays(random.nextInt(10) == 0 ? 1 : 0);
                boolean dropTarget = random.nextInt(6) == 0;
                EventMention m = new EventMention(type, null, null, 0, List.of(actor(source)),
                        dropTarget ? List.of() : List.of(actor(target)),
                        new EventMention.EventDate(told.toString(), fromPublication ? "publication" : "text", null),
                        null, "asserted", List.of(), null, null, "bench");
                String articleId = "a" + (article++);
                Report r = new Report(articleId + "-0", articleId, null, "outlet" + random.nextInt(50),
                        published.toString(), m);
                reports.add(r);
                truth.put(r.id(), event);
            }
            event++;
        }
        System.gc();
        long t0 = System.nanoTime();
        Resolver.Clustering c = Resolver.defaults().clustering();
        reports.forEach(c::add);
        List<List<Report>> clusters = c.clusters();
        long ms = (System.nanoTime() - t0) / 1_000_000;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        double[] pr = bcubed(clusters, truth);
        System.out.printf("resolve-bench: mentions=%d true_events=%d events=%d comparisons=%d seconds=%.2f "
                        + "mentions_per_s=%.0f peak_heap_mb=%d bcubed_p=%.3f bcubed_r=%.3f%n",
                n, event, clusters.size(), c.comparisons(), ms / 1000.0, n * 1000.0 / Math.max(1, ms),
                peak / (1024 * 1024), pr[0], pr[1]);
    }

    private static double[] bcubed(List<List<Report>> clusters, Map<String, Integer> truth) {
        Map<Integer, Integer> trueSize = new HashMap<>();
        truth.values().forEach(e -> trueSize.merge(e, 1, Integer::sum));
        double p = 0;
        double r = 0;
        for (List<Report> cluster : clusters) {
            Map<Integer, Integer> inCluster = new HashMap<>();
            cluster.forEach(x -> inCluster.merge(truth.get(x.id()), 1, Integer::sum));
            for (Report x : cluster) {
                int e = truth.get(x.id());
                int both = inCluster.get(e);
                p += both / (double) cluster.size();
                r += both / (double) trueSize.get(e);
            }
        }
        return new double[] {p / truth.size(), r / truth.size()};
    }

    private static String country(int i) {
        return String.valueOf((char) ('A' + i / 26 % 26)) + (char) ('A' + i % 26) + "X";
    }

    private static ActorMention actor(String code) {
        return new ActorMention(0, 0, 1, 0, 1, code, code, code.substring(0, 3), code.substring(3), code, null, "b");
    }
}
