package org.tidings.events;

import java.util.List;
import java.util.Set;
import org.tidings.actors.ActorMention;

/**
 * "Russia and China signed an agreement", "Kuchma and Yeltsin met": an act two sides do together is done by each
 * with the other. Told with both sides as its subject, such an event takes them as its target too, so that the
 * pair is a dyad (one edge each way in an actor network) and not a one-sided act aimed at no one.
 */
final class MutualActs {

    // Acts done together: meetings and cooperation of any kind, a treaty signed, an accord reached.
    private static final Set<String> MUTUAL_TYPES = Set.of("CONSULT", "COOPERATE");
    private static final Set<String> SIGNED = Set.of("057");
    // "Erdogan and Putin are due to meet": a meeting to come is an intent to meet (036), still one held together
    private static final Set<String> MEETINGS_TO_COME = Set.of("036");
    private static final Set<String> ACCORDS = Set.of("agree.to", "agree.on", "agree.that", "reach.deal",
            "enter.into");
    // "Armenia and Azerbaijan exchanged fire": fighting each other; "exchanged prisoners": releasing each other's
    private static final Set<String> EXCHANGES = Set.of("exchange.fire", "swap.prisoners");

    private MutualActs() {
    }

    /**
     * The event with its sides as each other's target, when it is an act done together by two countries or by two
     * sides of one.
     */
    static EventMention eachWithTheOther(EventMention m) {
        return m.target().isEmpty() && doneByTwoSides(m) ? m.withTarget(List.copyOf(m.source())) : m;
    }

    /**
     * Whether the event is an act done together whose subject names two countries, or two sides of one country
     * ("the Afghan government and the Taliban began talks").
     */
    static boolean doneByTwoSides(EventMention m) {
        return doneTogether(m) && m.source().stream().filter(a -> a.country() != null)
                .map(a -> a.country() + "/" + a.sector()).distinct().count() > 1;
    }

    private static boolean doneTogether(EventMention m) {
        return MUTUAL_TYPES.contains(m.type()) || "SUPPORT".equals(m.type()) && SIGNED.contains(m.cameo())
                || "AGREE".equals(m.type()) && (ACCORDS.contains(m.pattern()) || MEETINGS_TO_COME.contains(m.cameo()))
                || EXCHANGES.contains(m.pattern());
    }
}
