package org.tidings.ingest;

/**
 * An input that could not be read, with the file and place, so the user can find and fix it.
 *
 * @param origin the file and place ("line 7", "record 3 (offset 1024)")
 * @param reason what is wrong, in words a user understands ("invalid JSON: unexpected end of input")
 */
public record ReadFailure(Origin origin, String reason) {

    @Override
    public String toString() {
        return origin + ": " + reason;
    }
}
