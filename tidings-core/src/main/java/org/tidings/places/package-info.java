/**
 * Where events happen: {@link org.tidings.places.PlaceFinder} finds the place of an event word in its
 * sentence, resolved with the {@link org.tidings.places.Gazetteer} (countries, capitals, large cities and
 * regions from {@code places.tsv}, extendable by a user file).
 */
package org.tidings.places;
