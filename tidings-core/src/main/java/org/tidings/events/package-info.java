/**
 * Event coding: who did what to whom, in PLOVER 2.0 types with CAMEO codes, from an annotated document and its
 * coded actors.
 *
 * <p>The public face is {@link org.tidings.events.EventCoder} (its {@code Trace} explains each decision for
 * {@code tidings explain}), with the data it gives: {@link org.tidings.events.EventMention} (one telling, with its
 * evidence) and {@link org.tidings.events.CodedEvent} (the tellings of one event in an article, merged by
 * {@code Consolidation}). {@code Ontology} holds the 16 types, their modes and the CAMEO codes
 * with Goldstein values; {@code PatternDictionary} reads our patterns ({@code patterns.txt}:
 * a verb or noun and its frame to a type, mode and code); {@link org.tidings.events.EventEvaluator} scores
 * predictions against gold as {@code tidings eval events} does.
 *
 * <p>Inside, one sentence at a time, after {@code CountryPairs} has given "the two countries" the pair named before:
 * {@code SentenceCoder} finds the words whose frame matches a pattern
 * ({@code FrameMatcher}) and codes the outermost first ({@code VerbScope}); {@code EventBuilder} puts an event
 * together from who acts ({@code Subjects}), on whom ({@code Targets}, {@code PhraseActors}, and
 * {@code SuppliedActors} for actors the text leaves unnamed), how surely ({@code ModalityReader}) and how many
 * ({@code Quantities}); readers of what no single verb tells add their events ({@code Allegations},
 * {@code Censures}, {@code RequestsActedOn}). Over the whole article, {@code Tributes} codes praise of the dead and
 * {@code EarlierEvents} links answers, reactions, victims and mourners to the events they follow.
 */
package org.tidings.events;
