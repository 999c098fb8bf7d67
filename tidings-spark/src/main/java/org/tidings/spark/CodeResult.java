package org.tidings.spark;

import java.io.Serializable;

/** The outcome of coding one article: its rows, or why it failed. */
sealed interface CodeResult extends Serializable permits CodedRows, CodingFailure {
}
