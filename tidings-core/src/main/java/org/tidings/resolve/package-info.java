/**
 * Cross-article event resolution: many reports of one real-world event become one event.
 *
 * <p>{@link org.tidings.resolve.Resolver} decides for a pair of mentions of different articles whether they tell
 * the same event: the same PLOVER type or a documented compatible pair ({@code Resolver.COMPATIBLE_TYPES}; a planned
 * event also meets what follows within two weeks), overlapping date windows (a date at its own precision, plus a
 * day of slack; a publication-day fallback stands for the three days before it), shared source countries and,
 * when both name targets, shared target countries; then sectors, identities, places, CAMEO codes and quantities
 * add to or take from a score that must reach the threshold. Every decision keeps its reasons.
 * Events are the connected components of the links, so the result does not depend on ingest order; blocking keys
 * (type group, actor country, ISO week of the window) keep the comparisons local, and the store resolves each new
 * article inside the transaction that saves it.
 *
 * <p>{@link org.tidings.resolve.Fingerprint} finds near-duplicate articles (5-word shingles, 128 MinHash values,
 * 32 LSH bands; Jaccard at least 0.5 or containment at least 0.7), so that a syndicated copy counts as a report
 * but not as another independent outlet ({@link org.tidings.resolve.ResolvedEvent#outlets()}).
 */
package org.tidings.resolve;
