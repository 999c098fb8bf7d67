package org.tidings.spark;

import java.io.Serializable;
import org.tidings.resolve.Fingerprint;

/** An article's MinHash fingerprint with what decides which of two copies is the original. */
record ArticlePrint(String articleId, String published, int shingles, String minhash) implements Serializable {

    static ArticlePrint of(String articleId, String published, Fingerprint fp) {
        return new ArticlePrint(articleId, published, fp.shingles(), fp.encode());
    }

    Fingerprint fingerprint() {
        return Fingerprint.decode(shingles, minhash);
    }
}
