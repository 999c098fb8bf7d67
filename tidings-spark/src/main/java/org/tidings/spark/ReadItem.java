package org.tidings.spark;

import java.io.Serializable;

/** What reading a file gives: articles, and the places that could not be read. */
sealed interface ReadItem extends Serializable permits ArticleRecord, FailureRecord {
}
