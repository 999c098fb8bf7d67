package org.tidings.resolve;

import java.util.List;

/**
 * Why two mentions were (or were not) taken for the same event.
 *
 * @param a        the mention id that sorts first
 * @param b        the other mention id
 * @param merged   whether they are linked
 * @param score    the sum of the feature scores
 * @param reasons  each feature with its score ("type=ACCUSE +1.0", "source country KOR +1.0", "date 2024-10-18 +1.0"),
 *                 or the hard constraint that failed
 */
public record MergeDecision(String a, String b, boolean merged, double score, List<String> reasons) {

    public MergeDecision {
        reasons = List.copyOf(reasons);
    }

    public String reasonText() {
        return String.join("; ", reasons);
    }
}
