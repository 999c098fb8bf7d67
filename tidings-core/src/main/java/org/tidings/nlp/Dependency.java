package org.tidings.nlp;

/**
 * A Universal Dependencies relation between two tokens of a sentence.
 *
 * @param relation  "nsubj", "obj", "obl:in", "nmod:poss", "conj:and", ... ("root" for the root)
 * @param governor  token index of the head, or -1 for the root
 * @param dependent token index of the dependent
 */
public record Dependency(String relation, int governor, int dependent) {
}
