package org.tidings.spark;

import java.io.Serializable;

/**
 * A row of the {@code failures} table: an input that could not be read or an article that could not be coded.
 *
 * @param file   the input file (its URI, or the local path as given)
 * @param place  where in it ("record 3 (offset 1024)", "line 7"), or null for the whole file
 * @param reason what went wrong
 */
record FailureRecord(String file, String place, String reason) implements Serializable, ReadItem {
}
