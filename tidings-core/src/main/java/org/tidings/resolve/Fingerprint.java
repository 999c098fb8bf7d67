package org.tidings.resolve;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * A MinHash sketch of an article's word shingles, for finding syndicated copies and republished wire stories.
 * Two texts are near-duplicates when the estimated Jaccard similarity of their 5-word shingle sets is high, or
 * when the shorter one is mostly contained in the longer (a wire story with a new headline and an intro line).
 *
 * @param shingles the number of distinct shingles of the text
 * @param minhash  {@value #HASHES} minimum hash values, one per hash function
 */
public record Fingerprint(int shingles, long[] minhash) {

    public static final int HASHES = 128;
    /** Locality-sensitive hashing: {@value #BANDS} bands of {@value #ROWS} values; pairs sharing a band are compared. */
    public static final int BANDS = 32;
    static final int ROWS = HASHES / BANDS;
    static final int SHINGLE = 5;
    static final double MIN_JACCARD = 0.5;
    static final double MIN_CONTAINMENT = 0.7;
    // Shorter texts share too few shingles for the sketch to mean much.
    static final int MIN_SHINGLES = 20;

    private static final long[] SEEDS = new long[HASHES];

    static {
        java.util.SplittableRandom random = new java.util.SplittableRandom(0x7E1D1265L);
        for (int i = 0; i < HASHES; i++) {
            SEEDS[i] = random.nextLong();
        }
    }

    public Fingerprint {
        if (minhash.length != HASHES) {
            throw new IllegalArgumentException("a fingerprint has " + HASHES + " hashes, not " + minhash.length);
        }
        minhash = minhash.clone();
    }

    /** The fingerprint of a text: lower-cased words (letters and digits), shingled in fives. */
    public static Fingerprint of(String text) {
        String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
        Set<Long> shingles = new HashSet<>();
        StringBuilder sb = new StringBuilder();
        int start = words.length > 0 && words[0].isEmpty() ? 1 : 0;
        for (int i = start; i + SHINGLE <= words.length; i++) {
            sb.setLength(0);
            for (int j = i; j < i + SHINGLE; j++) {
                sb.append(words[j]).append(' ');
            }
            shingles.add(hash(sb));
        }
        long[] min = new long[HASHES];
        Arrays.fill(min, Long.MAX_VALUE);
        for (long s : shingles) {
            for (int i = 0; i < HASHES; i++) {
                long h = mix(s ^ SEEDS[i]);
                if (h < min[i]) {
                    min[i] = h;
                }
            }
        }
        return new Fingerprint(shingles.size(), min);
    }

    @Override
    public long[] minhash() {
        return minhash.clone();
    }

    /** Estimated Jaccard similarity of the two shingle sets. */
    public double jaccard(Fingerprint other) {
        if (shingles == 0 || other.shingles == 0) {
            return 0;
        }
        int same = 0;
        for (int i = 0; i < HASHES; i++) {
            if (minhash[i] == other.minhash[i]) {
                same++;
            }
        }
        return same / (double) HASHES;
    }

    /** Estimated share of the smaller text's shingles found in the other (from Jaccard and the two sizes). */
    public double containment(Fingerprint other) {
        double j = jaccard(other);
        int smaller = Math.min(shingles, other.shingles);
        if (smaller == 0) {
            return 0;
        }
        double intersection = j * (shingles + other.shingles) / (1 + j);
        return Math.min(1.0, intersection / smaller);
    }

    /** Whether the two texts are copies of one story. */
    public boolean nearDuplicate(Fingerprint other) {
        if (Math.min(shingles, other.shingles) < MIN_SHINGLES) {
            return false;
        }
        return jaccard(other) >= MIN_JACCARD || containment(other) >= MIN_CONTAINMENT;
    }

    /** One hash per band: two fingerprints sharing any band value are candidates for comparison. */
    public long[] bands() {
        long[] out = new long[BANDS];
        for (int b = 0; b < BANDS; b++) {
            long h = b;
            for (int r = 0; r < ROWS; r++) {
                h = mix(h * 31 + minhash[b * ROWS + r]);
            }
            out[b] = h;
        }
        return out;
    }

    /** The hashes as text, for storage. */
    public String encode() {
        StringBuilder sb = new StringBuilder(HASHES * 17);
        for (long h : minhash) {
            if (sb.length() > 0) {
                sb.append(',');
            }
            sb.append(Long.toHexString(h));
        }
        return sb.toString();
    }

    public static Fingerprint decode(int shingles, String encoded) {
        String[] parts = encoded.split(",");
        long[] h = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            h[i] = Long.parseUnsignedLong(parts[i], 16);
        }
        return new Fingerprint(shingles, h);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Fingerprint f && f.shingles == shingles && Arrays.equals(f.minhash, minhash);
    }

    @Override
    public int hashCode() {
        return 31 * shingles + Arrays.hashCode(minhash);
    }

    @Override
    public String toString() {
        return "Fingerprint[" + shingles + " shingles]";
    }

    static long hash(CharSequence s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return mix(h);
    }

    // MurmurHash3's 64-bit finaliser.
    static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
