package org.tidings.ingest;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * One input file as the readers see it: gzip taken off, the first bytes at hand for sniffing.
 *
 * @param path   the file
 * @param file   the name to show the user (the path as given, or under the directory given)
 * @param gzip   whether the file is gzip-compressed (readers get the decompressed bytes)
 * @param head   the first bytes of the (decompressed) content
 * @param limits size limits
 */
record Source(Path path, String file, boolean gzip, byte[] head, Limits limits) {

    /** The decompressed content; gzip damage surfaces as an {@link InputException} with a clear reason. */
    InputStream open() throws IOException {
        InputStream raw = new BufferedInputStream(Files.newInputStream(path), 65536);
        return gzip ? gunzip(raw) : raw;
    }

    /** The content as text (BOM, else UTF-8 with windows-1252 repair). */
    Reader openText() throws IOException {
        return Decoding.reader(open());
    }

    /** The whole content, for formats with one article per file; larger than the limit is an error. */
    byte[] readAll(long max) throws IOException {
        return readAll(max, "for one article");
    }

    /** The whole content, capped; {@code what} says what it was too large for ("for a feed"). */
    byte[] readAll(long max, String what) throws IOException {
        try (InputStream in = open()) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, max + 1));
            if (bytes.length > max) {
                String size = gzip ? "over " + Limits.megabytes(max) + " uncompressed"
                        : Limits.megabytes(Files.size(path));
                throw new InputException("too large " + what + " (" + size + ")");
            }
            return bytes;
        }
    }

    static InputStream gunzip(InputStream raw) throws IOException {
        try {
            return new GzipErrors(new GZIPInputStream(raw, 65536));
        } catch (EOFException e) {
            throw new InputException("corrupt gzip: truncated (the file ends inside the gzip header)", e);
        } catch (ZipException e) {
            throw new InputException("corrupt gzip: " + e.getMessage(), e);
        }
    }

    /** Turns the JDK's terse gzip exceptions into reasons a user can act on. */
    private static final class GzipErrors extends FilterInputStream {
        GzipErrors(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            try {
                return super.read();
            } catch (EOFException e) {
                throw truncated(e);
            } catch (ZipException e) {
                throw corrupt(e);
            }
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            try {
                return super.read(b, off, len);
            } catch (EOFException e) {
                throw truncated(e);
            } catch (ZipException e) {
                throw corrupt(e);
            }
        }

        private static InputException truncated(EOFException e) {
            return new InputException("corrupt gzip: truncated (compressed data ends early)", e);
        }

        private static InputException corrupt(ZipException e) {
            return new InputException("corrupt gzip: " + e.getMessage(), e);
        }
    }
}
