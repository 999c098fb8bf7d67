package org.tidings.spark;

import java.io.Serializable;

/** Two articles that are copies of one story: the later copy and the original, as the store records them. */
record NearDuplicate(String copy, String original, double jaccard, double containment) implements Serializable {
}
