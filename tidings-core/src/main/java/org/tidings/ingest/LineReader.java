package org.tidings.ingest;

import java.io.IOException;
import java.io.Reader;

/** Lines of a text stream, each capped in length so that one runaway line cannot fill the heap. */
final class LineReader {

    private final Reader in;
    private final long maxChars;
    private final char[] buf = new char[65536];
    private int pos;
    private int lim;
    private long lineNumber;
    private boolean tooLong;
    private long lastLength;

    LineReader(Reader in, long maxChars) {
        this.in = in;
        this.maxChars = maxChars;
    }

    /** The next line without its terminator, or null at the end; a line over the cap comes back as "". */
    String next() throws IOException {
        StringBuilder sb = new StringBuilder();
        tooLong = false;
        lastLength = 0;
        boolean any = false;
        while (true) {
            if (pos == lim) {
                lim = in.read(buf, 0, buf.length);
                pos = 0;
                if (lim <= 0) {
                    lim = 0;
                    if (!any) {
                        return null;
                    }
                    break;
                }
            }
            any = true;
            int start = pos;
            while (pos < lim && buf[pos] != '\n') {
                pos++;
            }
            int n = pos - start;
            lastLength += n;
            if (!tooLong) {
                if (sb.length() + n > maxChars) {
                    tooLong = true;
                    sb.setLength(0);
                } else {
                    sb.append(buf, start, n);
                }
            }
            if (pos < lim) {
                pos++;
                break;
            }
        }
        lineNumber++;
        int len = sb.length();
        if (len > 0 && sb.charAt(len - 1) == '\r') {
            sb.setLength(len - 1);
        }
        return sb.toString();
    }

    /** 1-based number of the line last returned. */
    long lineNumber() {
        return lineNumber;
    }

    /** Whether the line last returned was over the cap (and so returned empty). */
    boolean tooLong() {
        return tooLong;
    }

    /** Length in characters of the line last returned, as it was in the input. */
    long lastLength() {
        return lastLength;
    }
}
