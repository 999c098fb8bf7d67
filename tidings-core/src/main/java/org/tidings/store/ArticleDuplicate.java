package org.tidings.store;

/**
 * Two stored articles that are copies of one story (a syndicated wire report, a republication).
 *
 * @param articleId   the later copy
 * @param duplicateOf the earlier one
 * @param jaccard     estimated Jaccard similarity of their 5-word shingles
 * @param containment estimated share of the shorter text found in the other
 */
public record ArticleDuplicate(String articleId, String duplicateOf, double jaccard, double containment) {
}
