package org.tidings.ingest;

/**
 * Where an article was read from, so that every stored fact can be traced back to its file.
 *
 * @param file  the path as given by the user (or a URL for fetched pages)
 * @param place where in the file: "line 12", "record 3 (offset 20488)", "item 2"; null for a whole file
 */
public record Origin(String file, String place) {

    @Override
    public String toString() {
        return place == null ? file : file + " " + place;
    }
}
