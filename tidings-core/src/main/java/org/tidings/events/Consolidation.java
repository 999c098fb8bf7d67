package org.tidings.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tidings.actors.ActorMention;

/**
 * Within-document consolidation: the tellings of one happening in one article (the seed tells the summons in its
 * first sentence and again in its fourth) become one {@link CodedEvent} that keeps every telling.
 */
public final class Consolidation {

    private Consolidation() {
    }

    /**
     * Merges tellings of the same event: same type, a shared source country, and targets that agree (a shared
     * country, or one side without target). Negated tellings are kept apart from positive ones.
     */
    public static List<CodedEvent> consolidate(List<EventMention> mentions) {
        List<List<EventMention>> groups = new ArrayList<>();
        for (EventMention m : mentions) {
            List<EventMention> home = null;
            for (List<EventMention> g : groups) {
                if (g.stream().allMatch(o -> sameEvent(o, m))) {
                    home = g;
                    break;
                }
            }
            if (home == null) {
                home = new ArrayList<>();
                groups.add(home);
            }
            home.add(m);
        }
        List<CodedEvent> out = new ArrayList<>();
        for (List<EventMention> g : groups) {
            out.add(new CodedEvent(merge(g), g));
        }
        return out;
    }

    /** Whether the text dates both tellings, each to a day, and to different days. */
    private static boolean distinctDays(EventMention a, EventMention b) {
        EventMention.EventDate x = a.date();
        EventMention.EventDate y = b.date();
        return x != null && y != null && "text".equals(x.basis()) && "text".equals(y.basis()) && x.value() != null
                && y.value() != null && x.value().matches("\\d{4}-\\d{2}-\\d{2}")
                && y.value().matches("\\d{4}-\\d{2}-\\d{2}") && !x.value().equals(y.value());
    }

    static boolean sameEvent(EventMention a, EventMention b) {
        if (!a.type().equals(b.type()) || "negated".equals(a.certainty()) != "negated".equals(b.certainty())) {
            return false;
        }
        if (!shareCountry(a.source(), b.source()) || distinctPeople(a.source(), b.source())) {
            return false;
        }
        if (distinctDays(a, b)) {
            return false; // "struck Kharkiv on Monday ... struck Kharkiv again on Wednesday": two strikes
        }
        if ((another(a.source()) || another(b.source())) && !a.target().isEmpty() && !b.target().isEmpty()) {
            return false; // "another federal judge sentenced Manafort": not the judge told before
        }
        if (!MUTUAL.contains(a.type()) && (shareNamed(a.source(), b.target()) || shareNamed(b.source(), a.target()))) {
            return false; // "Khan stabbed several people ... Police shot him": the one who acts in one is acted on
        }
        if (!(a.target().isEmpty() || b.target().isEmpty() || shareCountry(a.target(), b.target()))) {
            return false;
        }
        if (distinctCounts(a.target(), b.target())) {
            return false; // "arrested one person ... arrested three": two groups of people, two acts
        }
        // Within one country's affairs the country says little ("Corbyn accused the government", "Cooper accused
        // Johnson"): the sides must agree in sector too.
        if (domestic(a) || domestic(b)) {
            boolean sides = shareSide(a.source(), b.source())
                    && (a.target().isEmpty() || b.target().isEmpty() || shareSide(a.target(), b.target()));
            // Words are said by someone: two speakers' accusations are two events, whatever their sides.
            return sides && (!VERBAL.contains(a.type()) || shareName(a.source(), b.source()));
        }
        // Two acts told without a target ("a senator will sue", "the union will sue") are one only if done by
        // the same side.
        return !(a.target().isEmpty() && b.target().isEmpty()) || shareSide(a.source(), b.source());
    }

    /** Types whose two sides do the same thing, so that a telling may name them either way round. */
    private static final Set<String> MUTUAL = Set.of("CONSULT", "COOPERATE", "AGREE");

    private static final Pattern ANOTHER = Pattern.compile("(?i)(another|a second|a different) .*");

    private static boolean another(List<ActorMention> actors) {
        return actors.stream().anyMatch(x -> x.text() != null && ANOTHER.matcher(x.text()).matches());
    }

    private static boolean shareNamed(List<ActorMention> x, List<ActorMention> y) {
        Set<String> py = people(y);
        return people(x).stream().anyMatch(py::contains);
    }

    private static final Set<String> VERBAL = Set.of("ACCUSE", "REJECT", "REQUEST", "THREATEN", "AGREE", "SUPPORT");

    private static boolean shareName(List<ActorMention> x, List<ActorMention> y) {
        return x.stream().anyMatch(a -> a.name() != null && y.stream().anyMatch(b -> a.name().equals(b.name())));
    }

    private static boolean domestic(EventMention m) {
        return !m.target().isEmpty() && shareCountry(m.source(), m.target());
    }

    /** Some actor of each list with the same country and sector (an actor with no sector agrees with any). */
    private static boolean shareSide(List<ActorMention> x, List<ActorMention> y) {
        for (ActorMention a : x) {
            for (ActorMention b : y) {
                if (Objects.equals(a.country(), b.country())
                        && (a.sector() == null || b.sector() == null || a.sector().equals(b.sector()))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Both tellings are done by named people, and by different ones ("the prime minister asked ..." and "the
     * police chief wrote asking ..."): two acts of one country, not one act told twice.
     */
    static boolean distinctPeople(List<ActorMention> x, List<ActorMention> y) {
        Set<String> px = people(x);
        Set<String> py = people(y);
        if (px.isEmpty() || py.isEmpty() || px.size() != x.size() || py.size() != y.size()) {
            return false;
        }
        return px.stream().noneMatch(py::contains);
    }

    /** The surnames of the named people among some actors (a person's last name, lower-cased). */
    private static Set<String> people(List<ActorMention> actors) {
        Set<String> out = new HashSet<>();
        for (ActorMention a : actors) {
            String rule = a.rule() == null ? "" : a.rule();
            if (!(rule.contains("person") || rule.equals("name-coreference") || rule.equals("pronoun-coreference")
                    || rule.equals("apposition")) || a.name() == null) {
                continue;
            }
            String[] words = a.name().trim().split("\\s+");
            if (words.length > 0 && !words[words.length - 1].isEmpty()) {
                out.add(words[words.length - 1].toLowerCase(java.util.Locale.ROOT));
            }
        }
        return out;
    }

    private static final Pattern COUNT = Pattern.compile(
            "(?i)^(?:the |some |at least |about |another )?(\\d[\\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten"
            + "|eleven|twelve|a dozen|dozens|hundreds|thousands|another)\\b");

    /** Both targets are people told by their number, and by different numbers. */
    static boolean distinctCounts(List<ActorMention> x, List<ActorMention> y) {
        if (x.size() != 1 || y.size() != 1) {
            return false;
        }
        Matcher mx = COUNT.matcher(x.get(0).text());
        Matcher my = COUNT.matcher(y.get(0).text());
        return mx.find() && my.find() && !mx.group(1).equalsIgnoreCase(my.group(1));
    }

    private static boolean shareCountry(List<ActorMention> x, List<ActorMention> y) {
        Set<String> cx = new HashSet<>();
        x.forEach(a -> cx.add(a.country()));
        return y.stream().anyMatch(a -> a.country() != null && cx.contains(a.country()));
    }

    /** The best-evidenced telling (with a target, asserted, most specific code, earliest), completed from the rest. */
    static EventMention merge(List<EventMention> g) {
        EventMention best = g.stream().max(Comparator
                .comparingInt((EventMention m) -> m.target().isEmpty() ? 0 : 1)
                .thenComparingInt(m -> rankCertainty(m.certainty()))
                .thenComparingInt(m -> m.quantity() == null ? 0 : 1)
                .thenComparingInt(m -> -m.evidence().sentence())).orElseThrow();
        EventMention.Quantity q = best.quantity();
        if (q == null) {
            q = g.stream().map(EventMention::quantity).filter(Objects::nonNull).findFirst().orElse(null);
        }
        List<String> reported = best.reportedBy();
        if (reported.isEmpty()) {
            reported = g.stream().map(EventMention::reportedBy).filter(r -> !r.isEmpty()).findFirst().orElse(List.of());
        }
        return new EventMention(best.type(), best.mode(), best.cameo(), best.goldstein(), best.source(), best.target(),
                best.date(), best.location(), best.certainty(), reported, q, best.evidence(), best.pattern());
    }

    private static int rankCertainty(String c) {
        return switch (c) {
            case "asserted" -> 3;
            case "reported" -> 2;
            case "planned", "alleged" -> 1;
            default -> 0;
        };
    }
}
