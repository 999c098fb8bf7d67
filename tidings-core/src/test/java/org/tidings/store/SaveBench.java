package org.tidings.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.tidings.events.CodedArticle;

/**
 * By hand, not a unit test: the cost of saving into one big event, in one session or reopening the store between
 * sessions. {@code java -cp ... org.tidings.store.SaveBench [articles=300] [sessions=2]} saves {@code articles}
 * reports of one event (each links with all the others) in {@code sessions} equal sessions, closing and reopening
 * the store between them, and prints the wall and CPU time of each (CPU time says more on a busy machine).
 */
public final class SaveBench {

    private SaveBench() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        int sessions = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        int filler = args.length > 2 ? Integer.parseInt(args[2]) : 6;
        Path dir = Files.createTempDirectory("tidings-save-bench");
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        int per = n / sessions;
        for (int session = 0; session < sessions; session++) {
            List<CodedArticle> articles = articles(session * per, per, filler);
            try (Store store = Store.open(dir)) {
                long wall = System.nanoTime();
                long cpu = os.getProcessCpuTime();
                articles.forEach(store::save);
                wall = System.nanoTime() - wall;
                cpu = os.getProcessCpuTime() - cpu;
                System.out.printf("session %d: saves %d-%d: %.1f s wall, %.1f s CPU (%.0f ms CPU each), events %d%n",
                        session, session * per, session * per + per - 1, wall / 1e9, cpu / 1e9, cpu / 1e6 / per,
                        store.eventCount());
            }
        }
    }

    /** Reports {@code from .. from+n-1} of one consultation between France and Kenya, in different words. */
    static List<CodedArticle> articles(int from, int n, int filler) {
        String[] words = {"talks", "envoys", "capital", "officials", "ministry", "statement", "week", "meeting",
            "delegation", "trade", "security", "visit", "agenda", "press", "summit", "border", "aid", "water"};
        List<CodedArticle> out = new ArrayList<>();
        for (int i = from; i < from + n; i++) {
            Random random = new Random(i);
            StringBuilder body = new StringBuilder("Envoys of France met officials of Kenya on Monday in report ")
                    .append(i).append(", code ").append(Long.toHexString(random.nextLong())).append('.');
            for (int s = 0; s < filler; s++) {
                body.append(' ').append(Character.toUpperCase(words[random.nextInt(words.length)].charAt(0)));
                for (int w = 0; w < 12; w++) {
                    String word = words[random.nextInt(words.length)];
                    body.append(w == 0 ? word.substring(1) : " " + word);
                }
                body.append(" number ").append(random.nextInt(1_000_000)).append('.');
            }
            Fixtures f = Fixtures.article("Outlet" + (i % 40), "2024-10-0" + (1 + i % 3), "Report " + i,
                    body.toString());
            f.in(0).entity("France", "COUNTRY").entity("Kenya", "COUNTRY").timex("Monday", "2024-10-01")
                    .actor("Envoys of France", "France", "FRA", "GOV")
                    .actor("officials of Kenya", "Kenya", "KEN", "GOV")
                    .event("CONSULT", "040", 1.0, "Envoys of France", "officials of Kenya", "2024-10-01", "asserted",
                            "met");
            out.add(f.build());
        }
        return out;
    }
}
