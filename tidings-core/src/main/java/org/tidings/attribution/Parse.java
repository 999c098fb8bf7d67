package org.tidings.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tidings.nlp.Dependency;
import org.tidings.nlp.Sentence;
import org.tidings.nlp.Token;

/** A sentence's dependency trees indexed for walking up and down. */
final class Parse {

    final Sentence sentence;
    private final int[] parent;
    private final String[] relation;
    private final List<List<Dependency>> basicChildren = new ArrayList<>();
    private final List<List<Dependency>> enhancedChildren = new ArrayList<>();
    private final List<List<Dependency>> enhancedParents = new ArrayList<>();

    Parse(Sentence sentence) {
        this.sentence = sentence;
        int n = sentence.tokens().size();
        parent = new int[n];
        relation = new String[n];
        java.util.Arrays.fill(parent, -1);
        java.util.Arrays.fill(relation, "root");
        for (int i = 0; i < n; i++) {
            basicChildren.add(new ArrayList<>());
            enhancedChildren.add(new ArrayList<>());
            enhancedParents.add(new ArrayList<>());
        }
        for (Dependency d : sentence.basic()) {
            if (d.dependent() < 0 || d.dependent() >= n) {
                continue;
            }
            if (d.governor() >= 0) {
                parent[d.dependent()] = d.governor();
                relation[d.dependent()] = d.relation();
                basicChildren.get(d.governor()).add(d);
            }
        }
        for (Dependency d : sentence.enhanced()) {
            if (d.governor() >= 0 && d.dependent() >= 0 && d.dependent() < n) {
                enhancedChildren.get(d.governor()).add(d);
                enhancedParents.get(d.dependent()).add(d);
            }
        }
    }

    int size() {
        return parent.length;
    }

    Token token(int i) {
        return sentence.tokens().get(i);
    }

    String lemma(int i) {
        return token(i).lemma().toLowerCase(Locale.ROOT);
    }

    String word(int i) {
        return token(i).word().toLowerCase(Locale.ROOT);
    }

    int parent(int i) {
        return parent[i];
    }

    /** Basic relation by which the token hangs from its parent ("root" for the root). */
    String relation(int i) {
        return relation[i];
    }

    List<Dependency> children(int i) {
        return basicChildren.get(i);
    }

    List<Dependency> enhancedChildren(int i) {
        return enhancedChildren.get(i);
    }

    List<Dependency> enhancedParents(int i) {
        return enhancedParents.get(i);
    }

    /** The first basic child with a relation starting with the given prefix, or -1. */
    int child(int i, String relationPrefix) {
        for (Dependency d : basicChildren.get(i)) {
            if (d.relation().equals(relationPrefix) || d.relation().startsWith(relationPrefix + ":")) {
                return d.dependent();
            }
        }
        return -1;
    }

    boolean hasChildLemma(int i, String relationPrefix, java.util.Set<String> lemmas) {
        for (Dependency d : basicChildren.get(i)) {
            if ((d.relation().equals(relationPrefix) || d.relation().startsWith(relationPrefix + ":"))
                    && lemmas.contains(lemma(d.dependent()))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the word is negated: "not", "n't", "never", "no longer". */
    boolean negated(int i) {
        for (Dependency d : basicChildren.get(i)) {
            String w = word(d.dependent());
            if ((d.relation().equals("advmod") || d.relation().equals("neg"))
                    && (w.equals("not") || w.equals("n't") || w.equals("never"))) {
                return true;
            }
        }
        return false;
    }

    /** Path from the token up to the root, the token first. */
    List<Integer> pathToRoot(int i) {
        List<Integer> path = new ArrayList<>();
        int cur = i;
        while (cur >= 0 && path.size() <= size()) {
            path.add(cur);
            cur = parent[cur];
        }
        return path;
    }

    /** Lowest and highest token index of the subtree, following only the relations accepted. */
    int[] subtree(int head, java.util.function.Predicate<String> follow) {
        int[] range = {head, head};
        grow(head, follow, range, 0);
        return range;
    }

    private void grow(int node, java.util.function.Predicate<String> follow, int[] range, int depth) {
        if (depth > 40) {
            return;
        }
        for (Dependency d : basicChildren.get(node)) {
            if (follow.test(d.relation())) {
                range[0] = Math.min(range[0], d.dependent());
                range[1] = Math.max(range[1], d.dependent());
                grow(d.dependent(), follow, range, depth + 1);
            }
        }
    }

    String span(int from, int toInclusive) {
        return sentence.span(from, toInclusive + 1);
    }
}
