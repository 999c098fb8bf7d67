package org.tidings.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.tidings.events.CodedArticle;

/**
 * A child process for the crash and lock tests. {@code write DIR N}: saves articles 0..N-1, printing
 * "saved i" after each commit. {@code hold DIR}: opens the store for writing, prints "open" and waits.
 */
public final class StoreWriterMain {

    private StoreWriterMain() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[1]);
        try (Store store = Store.open(dir)) {
            if (args[0].equals("hold")) {
                System.out.println("open");
                System.out.flush();
                Thread.sleep(120_000);
                return;
            }
            List<CodedArticle> all = articles(Integer.parseInt(args[2]));
            for (int i = 0; i < all.size(); i++) {
                store.save(all.get(i));
                System.out.println("saved " + i);
                System.out.flush();
            }
        }
    }

    /** Article i has 1 + i % 4 sentences, each with two actors, an entity, a date and one event. */
    static List<CodedArticle> articles(int n) {
        String[] countries = {"France", "Kenya", "Chile", "Japan", "Canada", "Egypt"};
        String[] codes = {"FRA", "KEN", "CHL", "JPN", "CAN", "EGY"};
        List<CodedArticle> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            StringBuilder body = new StringBuilder();
            int sentences = 1 + i % 4;
            for (int s = 0; s < sentences; s++) {
                body.append(s == 0 ? "" : " ").append("In report ").append(i).append(" envoys of ")
                        .append(countries[(i + s) % 6]).append(" met officials of ").append(countries[(i + s + 1) % 6])
                        .append(" on day ").append(s + 1).append(".");
            }
            Fixtures f = Fixtures.article("Outlet" + (i % 3), "2024-10-" + String.format("%02d", 1 + i % 28),
                    "Report " + i, body.toString());
            for (int s = 0; s < sentences; s++) {
                int a = (i + s) % 6;
                int b = (i + s + 1) % 6;
                f.in(s).entity(countries[a], "COUNTRY").entity(countries[b], "COUNTRY")
                        .timex("day " + (s + 1), "2024-10-" + String.format("%02d", s + 1))
                        .actor("envoys of " + countries[a], countries[a], codes[a], "GOV")
                        .actor("officials of " + countries[b], countries[b], codes[b], "GOV")
                        .event("CONSULT", "040", 1.0, "envoys of " + countries[a], "officials of " + countries[b],
                                "2024-10-" + String.format("%02d", s + 1), "asserted", "met");
            }
            out.add(f.build());
        }
        return out;
    }
}
