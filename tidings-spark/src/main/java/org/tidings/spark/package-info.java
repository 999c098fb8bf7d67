/**
 * The Tidings pipeline as a Spark job ({@link org.tidings.spark.TidingsJob}): news archives on any Hadoop file
 * system in, the embedded store's tables out as Parquet, which {@code Store.openParquet} (and so
 * {@code tidings serve --parquet}) reads as a read-only store.
 *
 * <p>Stages: the files are listed on the driver and read one task each with the core's readers; the articles
 * are spread over tasks of a few hundred, each coded with the one pipeline of its executor JVM; then mentions
 * meet under blocking keys and the core's {@code Resolver} decides each pair, links become events through
 * connected components, and near-duplicate articles are found by MinHash bands.
 */
package org.tidings.spark;
