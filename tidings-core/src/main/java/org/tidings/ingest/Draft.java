package org.tidings.ingest;

import java.util.List;

/** What a reader found for one article, before the emitter cleans it and gives it an id and origin. */
record Draft(String url, String outlet, String title, String published, String body, String language,
             List<String> authors) {
}
