package org.tidings.extract;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the bytes of an HTML page into text, honouring (in this order) a byte-order mark, the charset of the
 * HTTP Content-Type header, and a charset declared in a {@code <meta>} tag near the top of the page. Without
 * any of them, the bytes are read as UTF-8 when they are valid UTF-8, else as windows-1252 (what browsers do).
 */
public final class PageDecoder {

    private static final Pattern HEADER_CHARSET = Pattern.compile("(?i)charset\\s*=\\s*[\"']?([\\w.:-]+)");
    private static final Pattern META_CHARSET = Pattern.compile(
            "(?i)<meta[^>]+charset\\s*=\\s*[\"']?\\s*([\\w.:-]+)");
    /** Browsers only look this far for a meta charset. */
    private static final int META_SCAN_BYTES = 8192;

    private PageDecoder() {
    }

    /**
     * @param bytes             the raw page
     * @param contentTypeHeader the HTTP Content-Type value ("text/html; charset=ISO-8859-1"), or null
     */
    public static String decode(byte[] bytes, String contentTypeHeader) {
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        Charset charset = null;
        if (contentTypeHeader != null) {
            Matcher m = HEADER_CHARSET.matcher(contentTypeHeader);
            if (m.find()) {
                charset = charset(m.group(1));
            }
        }
        if (charset == null) {
            String head = new String(bytes, 0, Math.min(bytes.length, META_SCAN_BYTES), StandardCharsets.ISO_8859_1);
            Matcher m = META_CHARSET.matcher(head);
            if (m.find()) {
                charset = charset(m.group(1));
            }
        }
        if (charset != null) {
            // A page declared as UTF-8 that is not valid UTF-8 is almost always windows-1252 in disguise.
            if (charset.equals(StandardCharsets.UTF_8)) {
                String strict = strictUtf8(bytes);
                return strict != null ? strict : new String(bytes, charset("windows-1252"));
            }
            return new String(bytes, charset);
        }
        String strict = strictUtf8(bytes);
        return strict != null ? strict : new String(bytes, charset("windows-1252"));
    }

    private static String strictUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** The named charset, with the aliases browsers apply (latin-1 means windows-1252), or null if unknown. */
    private static Charset charset(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        switch (n) {
            case "iso-8859-1", "latin1", "latin-1", "us-ascii", "ascii", "iso8859-1" -> n = "windows-1252";
            case "utf8" -> n = "utf-8";
            case "gb2312", "gbk" -> n = "gb18030";
            default -> { }
        }
        try {
            return Charset.forName(n);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
