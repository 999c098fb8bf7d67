package org.tidings.time;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.tidings.events.EventMention;
import org.tidings.nlp.AnnotatedDocument;
import org.tidings.nlp.Dependency;
import org.tidings.nlp.Sentence;
import org.tidings.nlp.Timex;

/**
 * Dates an event by the time expression that governs it: one attached to the event word or to a verb above
 * it in the parse (a temporal modifier, {@code obl:tmod}, {@code obl}, {@code nmod:tmod}, ...), else another of
 * the same sentence not in a clause of its own, else the last date anchored earlier in the same paragraph when
 * the text moves on without one (a bare year excepted), else the day the opening paragraph gives the story when
 * it lies in the week before publication; otherwise the publication date, with basis "publication". The date
 * keeps the precision written: "in June" gives "2024-06", "last week" "2024-W42".
 */
public final class EventDater {

    /**
     * Words that make a date a reference point, not the event's time: "his first visit since 2000", "talks
     * resumed after Monday's break", "the ban stays until March".
     */
    private static final Set<String> REFERENCE_POINT = Set.of("since", "until", "till", "before", "after");

    // How far before publication the day of an opening paragraph may lie and still be the day of the story.
    private static final int LEAD_DAYS = 7;

    /** Relations that cross into another clause: a date above them belongs to that other clause. */
    private static final Set<String> CLAUSE_LINKS = Set.of("advcl", "acl", "acl:relcl", "parataxis", "csubj");

    public EventDater() {
    }

    /**
     * The date of the event told by token {@code triggerToken} of sentence {@code sentence}.
     *
     * @param timexes the document's time expressions as {@link TimeNormalizer#normalize} gives them
     */
    public EventMention.EventDate date(AnnotatedDocument doc, List<Timex> timexes, int sentence, int triggerToken) {
        Objects.requireNonNull(doc, "doc");
        List<Timex> all = timexes == null ? doc.timexes() : timexes;
        Map<Integer, Dependency> head = heads(doc.sentences().get(sentence));
        List<Timex> here = candidates(doc, all, sentence, triggerToken, head);
        Timex chosen = governing(head, here, triggerToken);
        if (chosen == null) {
            chosen = nearest(here.stream().filter(t -> !inOtherClause(head, t, triggerToken)).toList(), triggerToken);
        }
        if (chosen == null) {
            chosen = lastInParagraph(doc, all, sentence);
        }
        LocalDate published = doc.article() == null ? null : doc.article().publicationDate().orElse(null);
        if (chosen == null) {
            chosen = leadDay(doc, all, published);
        }
        if (chosen != null) {
            return new EventMention.EventDate(eventValue(chosen), "text", chosen.text());
        }
        return new EventMention.EventDate(published == null ? null : published.toString(), "publication", null);
    }

    /**
     * Whether the sentence dates the trigger itself: a time expression hangs on the trigger's own clause chain ("In
     * 2015, police arrested ..."), not merely stands near it ("offered to hand over men suspected of a 1988 bombing").
     */
    public boolean datesTheAct(AnnotatedDocument doc, List<Timex> timexes, int sentence, int triggerToken) {
        Objects.requireNonNull(doc, "doc");
        List<Timex> all = timexes == null ? doc.timexes() : timexes;
        Map<Integer, Dependency> head = heads(doc.sentences().get(sentence));
        return governing(head, candidates(doc, all, sentence, triggerToken, head), triggerToken) != null;
    }

    /** The sentence's time expressions that may date its trigger. */
    private List<Timex> candidates(AnnotatedDocument doc, List<Timex> all, int sentence, int triggerToken,
                                   Map<Integer, Dependency> head) {
        Sentence s = doc.sentences().get(sentence);
        Set<Integer> bounding = beyondSequenceClause(s, head, triggerToken);
        return all.stream()
                .filter(t -> t.sentence() == sentence && eventValue(t) != null && !referencePoint(s, t)
                        && !attachedTo(head, t, bounding)).toList();
    }

    private static boolean referencePoint(Sentence s, Timex t) {
        int before = t.tokenBegin() - 1;
        return before >= 0 && before < s.tokens().size()
                && REFERENCE_POINT.contains(s.tokens().get(before).word().toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * The words above the trigger beyond an "after"/"before" clause it sits in: "Sweden applied in May 2022, shortly
     * after Russia launched its invasion" - May 2022 is when Sweden applied, a bound on the invasion, not its date.
     */
    private static Set<Integer> beyondSequenceClause(Sentence s, Map<Integer, Dependency> head, int trigger) {
        Map<Integer, String> mark = new HashMap<>();
        for (Dependency d : s.basic()) {
            if (d.relation().equals("mark") && d.dependent() < s.tokens().size()) {
                mark.put(d.governor(), s.tokens().get(d.dependent()).word().toLowerCase(java.util.Locale.ROOT));
            }
        }
        Set<Integer> out = new HashSet<>();
        Set<Integer> seen = new HashSet<>();
        boolean beyond = false;
        for (int cur = trigger; cur >= 0 && seen.add(cur); ) {
            if (beyond) {
                out.add(cur);
            }
            Dependency d = head.get(cur);
            if (d == null) {
                break;
            }
            if (d.relation().startsWith("advcl") && REFERENCE_POINT.contains(mark.getOrDefault(cur, ""))) {
                beyond = true;
            }
            cur = d.governor();
        }
        return out;
    }

    // Whether the expression's head word hangs from one of these words.
    private static boolean attachedTo(Map<Integer, Dependency> head, Timex t, Set<Integer> words) {
        if (words.isEmpty()) {
            return false;
        }
        for (int i = t.tokenBegin(); i < t.tokenEnd(); i++) {
            Dependency d = head.get(i);
            if (d != null && !(d.governor() >= t.tokenBegin() && d.governor() < t.tokenEnd())
                    && words.contains(d.governor())) {
                return true;
            }
        }
        return false;
    }

    // Each word's dependency on its head, by word.
    private static Map<Integer, Dependency> heads(Sentence s) {
        Map<Integer, Dependency> head = new HashMap<>();
        for (Dependency d : s.basic()) {
            head.put(d.dependent(), d);
        }
        return head;
    }

    /** A time expression's value cut to an event date: YYYY, YYYY-MM, YYYY-MM-DD or YYYY-Www; null if none. */
    static String eventValue(Timex t) {
        String v = t.value();
        if (v == null || !("DATE".equals(t.type()) || "TIME".equals(t.type()))) {
            return null;
        }
        if (v.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
            return v.substring(0, 10);
        }
        if (v.matches("\\d{4}-W\\d{2}.*")) {
            return v.substring(0, 8);
        }
        if (v.matches("\\d{4}-\\d{2}")) {
            return v;
        }
        if (v.matches("\\d{4}(-(Q\\d|H\\d|SP|SU|FA|WI))?")) {
            return v.substring(0, 4);
        }
        return null;
    }

    /** The expression attached (through its head) to the trigger or a word above it in the same clause chain. */
    private static Timex governing(Map<Integer, Dependency> head, List<Timex> candidates, int trigger) {
        if (head.isEmpty() || candidates.isEmpty()) {
            return null;
        }
        // The trigger and its ancestors, each with a cost: one a step, more for a step out of an adverbial
        // or relative clause, whose own time a date of the main clause need not be.
        Map<Integer, Integer> above = new HashMap<>();
        int cur = trigger;
        int cost = 0;
        while (cur >= 0 && !above.containsKey(cur)) {
            above.put(cur, cost);
            Dependency d = head.get(cur);
            if (d == null) {
                break;
            }
            cost += CLAUSE_LINKS.contains(d.relation()) ? 10 : 1;
            cur = d.governor();
        }
        Timex best = null;
        int bestDepth = Integer.MAX_VALUE;
        for (Timex t : candidates) {
            for (int i = t.tokenBegin(); i < t.tokenEnd(); i++) {
                Dependency d = head.get(i);
                if (d == null || d.governor() >= t.tokenBegin() && d.governor() < t.tokenEnd()) {
                    continue; // not the head of the expression
                }
                Integer at = above.get(d.governor());
                if (at != null && at < bestDepth) {
                    bestDepth = at;
                    best = t;
                }
            }
        }
        return best;
    }

    /**
     * Whether the expression dates a clause of its own, one the trigger's chain reaches only through a clause link:
     * "subpoenaed him to testify on Feb. 10", "dropped out ahead of a debate scheduled for November 20", "said he
     * would leave on Friday".
     */
    private static boolean inOtherClause(Map<Integer, Dependency> head, Timex t, int trigger) {
        Set<Integer> chain = new HashSet<>();
        for (int cur = trigger; cur >= 0 && chain.add(cur); ) {
            Dependency d = head.get(cur);
            cur = d == null ? -1 : d.governor();
        }
        Set<Integer> seen = new HashSet<>();
        for (int cur = t.tokenBegin(); cur >= 0 && !chain.contains(cur) && seen.add(cur); ) {
            Dependency d = head.get(cur);
            if (d == null) {
                return false;
            }
            String rel = d.relation();
            boolean inside = d.governor() >= t.tokenBegin() && d.governor() < t.tokenEnd();
            if (!inside && (CLAUSE_LINKS.contains(rel) || rel.equals("ccomp")
                    || rel.equals("xcomp") && hasObject(head, d.governor()))) {
                return true;
            }
            cur = d.governor();
        }
        return false;
    }

    // "subpoenaed the minister to testify": what another is made to do; "applied to join in May" is one act
    private static boolean hasObject(Map<Integer, Dependency> head, int verb) {
        return head.values().stream().anyMatch(d -> d.governor() == verb && d.relation().equals("obj"));
    }

    private static Timex nearest(List<Timex> candidates, int trigger) {
        Timex best = null;
        int bestDist = Integer.MAX_VALUE;
        for (Timex t : candidates) {
            int d = trigger < t.tokenBegin() ? t.tokenBegin() - trigger : trigger >= t.tokenEnd() ? trigger - t.tokenEnd() + 1 : 0;
            if (d < bestDist) {
                bestDist = d;
                best = t;
            }
        }
        return best;
    }

    /**
     * The day the report's opening paragraph gives its news ("On Wednesday, the court ruled ..."), when it lies in
     * the week before publication: the day of the story, which an undated act told later is part of more often
     * than of the day the report came out.
     */
    private static Timex leadDay(AnnotatedDocument doc, List<Timex> all, LocalDate published) {
        if (published == null || doc.sentences().isEmpty()) {
            return null;
        }
        int leadEnd = paragraphEnd(doc, 0);
        for (Timex t : all) {
            String v = eventValue(t);
            if (t.sentence() > leadEnd || v == null || v.length() != 10 || !t.value().startsWith(v)) {
                continue;
            }
            LocalDate day = LocalDate.parse(v);
            if (!day.isAfter(published) && !day.isBefore(published.minusDays(LEAD_DAYS))
                    && !referencePoint(doc.sentences().get(t.sentence()), t)) {
                return t;
            }
        }
        return null;
    }

    /** The last sentence of the paragraph that sentence {@code first} starts. */
    private static int paragraphEnd(AnnotatedDocument doc, int first) {
        int i = first;
        while (i + 1 < doc.sentences().size() && !paragraphBreak(doc, i)) {
            i++;
        }
        return i;
    }

    /** Whether a blank line separates sentence {@code i} from the next. */
    private static boolean paragraphBreak(AnnotatedDocument doc, int i) {
        Sentence prev = doc.sentences().get(i);
        Sentence next = doc.sentences().get(i + 1);
        String between = doc.text().substring(Math.min(prev.end(), next.begin()), next.begin());
        return between.contains("\n\n") || between.matches("(?s).*\\n\\s*\\n.*");
    }

    /**
     * The last anchored date in the sentences before, going back to the start of the paragraph. A bare year
     * ("in 2016") is background the text has stepped back into, not the time of what follows.
     */
    private static Timex lastInParagraph(AnnotatedDocument doc, List<Timex> all, int sentence) {
        for (int i = sentence - 1; i >= 0; i--) {
            if (paragraphBreak(doc, i)) {
                return null;
            }
            final int si = i;
            List<Timex> there = all.stream().filter(t -> t.sentence() == si && eventValue(t) != null).toList();
            if (!there.isEmpty()) {
                Timex last = there.get(there.size() - 1);
                return eventValue(last).length() == 4 ? null : last;
            }
        }
        return null;
    }
}
