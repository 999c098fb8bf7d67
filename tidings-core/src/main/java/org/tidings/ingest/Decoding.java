package org.tidings.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns bytes into text. A byte-order mark wins; then a declared charset (HTTP header, HTML meta, XML
 * declaration). Without one, text is read as UTF-8, and any byte that is not part of a valid UTF-8 sequence is
 * read as windows-1252: legacy Western pages and mixed files then come out right instead of with U+FFFD, and a
 * file never fails for its bytes alone. A declared charset that Java does not know is an error.
 */
final class Decoding {

    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:\\-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern XML_ENCODING = Pattern.compile(
            "^\\s*<\\?xml[^>]*encoding\\s*=\\s*[\"']([A-Za-z0-9._:\\-]+)[\"']", Pattern.CASE_INSENSITIVE);

    // windows-1252 for 0x80..0x9F; the five unassigned bytes map to C1 controls, as browsers do.
    private static final char[] CP1252_HIGH = {
        '\u20AC', '\u0081', '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021',
        '\u02C6', '\u2030', '\u0160', '\u2039', '\u0152', '\u008D', '\u017D', '\u008F',
        '\u0090', '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014',
        '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', '\u009D', '\u017E', '\u0178'};

    private Decoding() {
    }

    /** A declared charset that cannot be used. */
    static final class UnknownEncodingException extends IOException {
        UnknownEncodingException(String name) {
            super("unknown declared encoding '" + name + "'");
        }
    }

    /** The charset of a byte-order mark at the start, or null. */
    static Charset bomCharset(byte[] head) {
        if (head.length >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (head.length >= 2 && (head[0] & 0xff) == 0xFE && (head[1] & 0xff) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (head.length >= 2 && (head[0] & 0xff) == 0xFF && (head[1] & 0xff) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    static int bomLength(Charset bom) {
        return bom == null ? 0 : bom.equals(StandardCharsets.UTF_8) ? 3 : 2;
    }

    /** Resolves a declared charset name; labels browsers treat as windows-1252 are read as such. */
    static Charset charsetNamed(String name) throws UnknownEncodingException {
        String n = name.strip().toLowerCase(Locale.ROOT);
        if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("us-ascii") || n.equals("ascii")
                || n.equals("iso8859-1") || n.equals("l1")) {
            return Charset.forName("windows-1252");
        }
        try {
            return Charset.forName(n);
        } catch (UnsupportedCharsetException | IllegalCharsetNameException e) {
            throw new UnknownEncodingException(name.strip());
        }
    }

    /** The charset an HTML page declares in a meta tag within its first bytes, or null. */
    static String declaredHtmlCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 8192), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        return m.find() ? m.group(1) : null;
    }

    /** The encoding an XML declaration names, or null. */
    static String declaredXmlEncoding(byte[] head) {
        String text = new String(head, 0, Math.min(head.length, 512), StandardCharsets.ISO_8859_1);
        if (text.startsWith("\uFEFF") || text.startsWith("\u00EF\u00BB\u00BF")) {
            text = text.substring(text.startsWith("\uFEFF") ? 1 : 3);
        }
        Matcher m = XML_ENCODING.matcher(text);
        return m.find() ? m.group(1) : null;
    }

    /** Decodes a whole file: BOM, else the declared charset (may be null), else UTF-8 with windows-1252 repair. */
    static String decode(byte[] bytes, String declared) throws IOException {
        Charset bom = bomCharset(bytes);
        if (bom != null) {
            int skip = bomLength(bom);
            return bom.equals(StandardCharsets.UTF_8) ? utf8(bytes, skip)
                    : new String(bytes, skip, bytes.length - skip, bom);
        }
        if (declared != null) {
            Charset cs = charsetNamed(declared);
            if (!cs.equals(StandardCharsets.UTF_8)) {
                return new String(bytes, cs);
            }
        }
        return utf8(bytes, 0);
    }

    private static String utf8(byte[] bytes, int offset) throws IOException {
        try {
            // valid UTF-8, the usual case, decodes at the JDK's speed; only damaged text takes the slow path
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            // fall through to the lenient decoder
        }
        try (Reader r = new LenientUtf8Reader(new java.io.ByteArrayInputStream(bytes, offset, bytes.length - offset))) {
            StringBuilder sb = new StringBuilder(bytes.length);
            char[] buf = new char[8192];
            for (int n; (n = r.read(buf)) > 0; ) {
                sb.append(buf, 0, n);
            }
            return sb.toString();
        }
    }

    /** A reader for a text stream: BOM-aware, else UTF-8 with windows-1252 repair. */
    static Reader reader(InputStream in) throws IOException {
        PushbackInputStream pin = new PushbackInputStream(in, 3);
        byte[] head = pin.readNBytes(3);
        Charset bom = bomCharset(head);
        int skip = bomLength(bom);
        if (head.length > skip) {
            pin.unread(head, skip, head.length - skip);
        }
        if (bom != null && !bom.equals(StandardCharsets.UTF_8)) {
            return new InputStreamReader(pin, bom);
        }
        return new LenientUtf8Reader(pin);
    }

    /** UTF-8 decoding in which each byte outside a valid sequence is read as windows-1252. */
    static final class LenientUtf8Reader extends Reader {
        private final InputStream in;
        private final byte[] buf = new byte[65536];
        private int pos;
        private int lim;
        private boolean eof;
        private int pendingLow = -1;

        LenientUtf8Reader(InputStream in) {
            this.in = in;
        }

        @Override
        public int read(char[] cbuf, int off, int len) throws IOException {
            int n = 0;
            while (n < len) {
                // ASCII runs, most of any news text, without the per-character path
                if (pendingLow < 0) {
                    int end = Math.min(lim, pos + (len - n));
                    while (pos < end && buf[pos] >= 0) {
                        cbuf[off + n++] = (char) buf[pos++];
                    }
                    if (n == len) {
                        break;
                    }
                }
                int c = readChar();
                if (c < 0) {
                    break;
                }
                cbuf[off + n++] = (char) c;
            }
            return n == 0 && len > 0 ? -1 : n;
        }

        private int readChar() throws IOException {
            if (pendingLow >= 0) {
                int c = pendingLow;
                pendingLow = -1;
                return c;
            }
            if (!ensure(1)) {
                return -1;
            }
            int b0 = buf[pos] & 0xff;
            if (b0 < 0x80) {
                pos++;
                return b0;
            }
            int extra;
            int cp;
            int min;
            if (b0 >= 0xC2 && b0 <= 0xDF) {
                extra = 1;
                cp = b0 & 0x1f;
                min = 0x80;
            } else if (b0 >= 0xE0 && b0 <= 0xEF) {
                extra = 2;
                cp = b0 & 0x0f;
                min = 0x800;
            } else if (b0 >= 0xF0 && b0 <= 0xF4) {
                extra = 3;
                cp = b0 & 0x07;
                min = 0x10000;
            } else {
                return fallback();
            }
            if (!ensure(1 + extra)) {
                return fallback();
            }
            for (int i = 1; i <= extra; i++) {
                int b = buf[pos + i] & 0xff;
                if ((b & 0xC0) != 0x80) {
                    return fallback();
                }
                cp = (cp << 6) | (b & 0x3f);
            }
            if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
                return fallback();
            }
            pos += 1 + extra;
            if (cp >= 0x10000) {
                pendingLow = Character.lowSurrogate(cp);
                return Character.highSurrogate(cp);
            }
            return cp;
        }

        private int fallback() {
            int b = buf[pos++] & 0xff;
            return b >= 0x80 && b <= 0x9F ? CP1252_HIGH[b - 0x80] : b;
        }

        private boolean ensure(int k) throws IOException {
            if (lim - pos >= k) {
                return true;
            }
            System.arraycopy(buf, pos, buf, 0, lim - pos);
            lim -= pos;
            pos = 0;
            while (lim < k && !eof) {
                int r = in.read(buf, lim, buf.length - lim);
                if (r < 0) {
                    eof = true;
                } else {
                    lim += r;
                }
            }
            return lim - pos >= k;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
