package org.tidings.actors;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The names and role nouns the coder knows, indexed by a normalised key (lower-case letters and digits
 * only, so "U.S." and "US", "Jong-un" and "Jong un" meet). Entries carry a rank: user files (0) override
 * our knowledge base (1), which overrides the Phoenix dictionaries (2), key by key.
 */
final class KnowledgeBase {

    static final int USER = 0;
    static final int OURS = 1;
    static final int PHOENIX = 2;

    /** How a name points at its entry. */
    enum Form { NAME, DEMONYM, CAPITAL }

    /** The case a name must have in the text: any, with a capital letter, or all capitals (acronyms). */
    enum CaseRule { ANY, CAPITALISED, ALL_CAPS }

    record NameRef(ActorEntry entry, Form form, int rank, CaseRule caseRule) {
    }

    /**
     * A role noun ("ambassador", "special forces"). A generic role ("official", "leader") takes the
     * sector of a more specific role before it ("military officials", "rebel leader").
     */
    record Role(String term, String sector, boolean generic, int rank) {
    }

    private final Map<String, List<NameRef>> names = new HashMap<>();
    private final Map<String, Role> roles = new HashMap<>();
    /** Keys of the people we wrote ourselves (and users), for spelling variants. */
    private final List<String> personKeys = new ArrayList<>();
    private final Map<String, String> countryNames = new HashMap<>();
    private int maxNameTokens = 1;
    private int entries;

    static String key(String s) {
        boolean ascii = true;
        for (int i = 0; i < s.length() && ascii; i++) {
            ascii = s.charAt(i) < 128;
        }
        // Only non-ASCII text needs its accents taken off ("Erdoğan" meets "Erdogan").
        String d = ascii ? s : Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                b.append(Character.toLowerCase(c));
            }
        }
        return b.toString();
    }

    static CaseRule caseRuleOf(String alias) {
        int letters = 0;
        int upper = 0;
        for (int i = 0; i < alias.length(); i++) {
            char c = alias.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) {
                    upper++;
                }
            }
        }
        if (upper == 0) {
            return CaseRule.ANY;
        }
        // Short all-capital names are acronyms: "US" must not match the pronoun "us".
        if (upper == letters && letters <= 5) {
            return CaseRule.ALL_CAPS;
        }
        return CaseRule.CAPITALISED;
    }

    static boolean caseMatches(CaseRule rule, String text) {
        return switch (rule) {
            case ANY -> true;
            case CAPITALISED -> text.chars().anyMatch(Character::isUpperCase);
            case ALL_CAPS -> text.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
        };
    }

    void addName(String alias, ActorEntry entry, Form form, int rank, CaseRule caseRule) {
        String stripped = stripArticle(alias.strip());
        addKey(key(stripped), tokenCount(stripped), entry, form, rank, caseRule);
    }

    /** A name already reduced to its key, with the number of tokens it spans. */
    void addKey(String k, int tokens, ActorEntry entry, Form form, int rank, CaseRule caseRule) {
        if (k.isEmpty()) {
            return;
        }
        List<NameRef> refs = names.computeIfAbsent(k, x -> new ArrayList<>(1));
        if (refs.isEmpty() && rank < PHOENIX && "person".equals(entry.kind()) && k.length() >= 8) {
            personKeys.add(k);
        }
        refs.add(new NameRef(entry, form, rank, caseRule));
        maxNameTokens = Math.max(maxNameTokens, tokens + 2);
        entries++;
    }

    void addName(String alias, ActorEntry entry, Form form, int rank) {
        addName(alias, entry, form, rank, caseRuleOf(stripArticle(alias.strip())));
    }

    /** Tokens a name will have in the text, roughly: words, and hyphens and apostrophes as tokens of their own. */
    static int tokenCount(String name) {
        int n = 1;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == ' ' || c == '_') {
                n++;
            } else if (c == '-' || c == '\'') {
                n += 2;
            }
        }
        return n;
    }

    static String stripArticle(String alias) {
        if (alias.length() > 4 && alias.regionMatches(true, 0, "the ", 0, 4)) {
            return alias.substring(4);
        }
        return alias;
    }

    void addRole(String term, String sector, boolean generic, int rank) {
        String k = key(term);
        if (k.isEmpty()) {
            return;
        }
        Role existing = roles.get(k);
        if (existing == null || existing.rank() >= rank) {
            roles.put(k, new Role(term, sector, generic, rank));
        }
        maxNameTokens = Math.max(maxNameTokens, term.split("\\s+").length + 2);
    }

    void addCountryName(String code, String name) {
        countryNames.putIfAbsent(code, name);
    }

    String countryName(String code) {
        return countryNames.getOrDefault(code, code);
    }

    boolean isCountry(String code) {
        return countryNames.containsKey(code);
    }

    /** Names with this key from the highest-ranked source that has any. */
    List<NameRef> names(String key) {
        List<NameRef> all = names.get(key);
        if (all == null) {
            return List.of();
        }
        int best = all.stream().mapToInt(NameRef::rank).min().orElse(PHOENIX);
        return all.stream().filter(r -> r.rank() == best).toList();
    }

    /**
     * A person of ours whose name is spelled almost like this one ("Bouteflicka", "Laurent Gbago"): one
     * letter apart for names of 8 letters or more, two for 12 or more. Empty when none or several match.
     */
    Optional<ActorEntry> similarPerson(String name, LocalDate date) {
        String k = key(name);
        if (k.length() < 8) {
            return Optional.empty();
        }
        int max = k.length() >= 12 ? 2 : 1;
        String found = null;
        for (String p : personKeys) {
            if (Math.abs(p.length() - k.length()) > max || p.equals(k)) {
                continue;
            }
            if (editDistance(p, k, max) <= max) {
                if (found != null && !names(found).get(0).entry().name().equals(names(p).get(0).entry().name())) {
                    return Optional.empty();
                }
                found = p;
            }
        }
        return found == null ? Optional.empty() : choose(names(found), date);
    }

    static int editDistance(String a, String b, int max) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (rowMin > max) {
                return max + 1;
            }
            int[] tmp = prev;
            prev = cur;
            cur = tmp;
        }
        return prev[b.length()];
    }

    boolean hasName(String key) {
        return names.containsKey(key);
    }

    Role role(String key) {
        return roles.get(key);
    }

    int maxNameTokens() {
        return maxNameTokens;
    }

    int size() {
        return entries;
    }

    int roleCount() {
        return roles.size();
    }

    /**
     * The entry a name stands for on a day: one valid on that day, the undated one when none is, or the
     * nearest period of a dated person, coded as a former holder (sector ELI).
     */
    static Optional<ActorEntry> choose(List<NameRef> refs, LocalDate date) {
        if (refs.isEmpty()) {
            return Optional.empty();
        }
        // Prefer names over demonyms and capitals (these are handled by the resolver).
        List<ActorEntry> es = refs.stream().map(NameRef::entry).toList();
        Optional<ActorEntry> valid = es.stream().filter(ActorEntry::dated).filter(e -> e.validOn(date))
                .max(Comparator.comparing(e -> e.from() == null ? LocalDate.MIN : e.from()));
        if (valid.isPresent()) {
            return valid;
        }
        Optional<ActorEntry> undated = es.stream().filter(e -> !e.dated()).findFirst();
        if (undated.isPresent()) {
            return undated;
        }
        if (date == null) {
            return es.stream().max(Comparator.comparing(e -> e.to() == null ? LocalDate.MAX : e.to()));
        }
        // Between two terms a person is the former holder of the last office, not the future holder of the next
        // ("the former vice president" in 2020, months before his presidency)
        ActorEntry nearest = es.stream().filter(e -> e.to() != null && e.to().isBefore(date))
                .max(Comparator.comparing(ActorEntry::to))
                .orElseGet(() -> es.stream().min(Comparator.comparingLong(e -> distance(e, date))).orElseThrow());
        if ("person".equals(nearest.kind())) {
            String office = nearest.office() == null ? "former office holder"
                    : (date.isBefore(nearest.from() == null ? date : nearest.from()) ? "future " : "former ") + nearest.office();
            return Optional.of(nearest.withSector("ELI", office));
        }
        return Optional.of(nearest);
    }

    /** The period of these entries nearest to the day (the entry itself, not a "former" coding). */
    static ActorEntry nearestTerm(List<NameRef> refs, LocalDate date) {
        List<ActorEntry> es = refs.stream().map(NameRef::entry).toList();
        if (date == null) {
            return es.get(es.size() - 1);
        }
        return es.stream().min(Comparator.comparingLong(e -> distance(e, date))).orElseThrow();
    }

    private static long distance(ActorEntry e, LocalDate d) {
        if (e.from() != null && d.isBefore(e.from())) {
            return e.from().toEpochDay() - d.toEpochDay();
        }
        if (e.to() != null && d.isAfter(e.to())) {
            return d.toEpochDay() - e.to().toEpochDay();
        }
        return 0;
    }
}
