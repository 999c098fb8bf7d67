package org.tidings.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;

/** Content-hash ids: the same title and body give the same id, whatever file or format they came in. */
public final class ArticleIds {

    private ArticleIds() {
    }

    /** 16 hex digits of the SHA-256 of the normalised title and body. */
    public static String of(String title, String body) {
        String normal = normalise(title == null ? "" : title) + "\n" + normalise(body == null ? "" : body);
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(normal.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }

    // Whitespace and Unicode form differ between copies of one text (HTML vs. plain); they must not change the id.
    private static String normalise(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
    }
}
