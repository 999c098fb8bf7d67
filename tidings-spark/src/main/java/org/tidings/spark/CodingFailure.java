package org.tidings.spark;

/** An article the pipeline could not code, with its file and place. */
record CodingFailure(FailureRecord failure) implements CodeResult {
}
