package org.hygiene.lessons.logs.bytes;

/**
 * Pick the byte of a literal to look for first: the one least likely in a log line, so that few
 * places need the whole literal compared ({@code ~} in {@code ServerInfo~}, not {@code e}).
 */
public final class AnchorByte {
    /** Bytes from rarest to most common in Exchange and IIS logs (letters in lower case). */
    private static final String RANK =
            "~#<>[]{}|\\^$!`\"'@;=?%*+&qzjxkvbwyfgpmuhdlcnrsiotae:_-.)(/0123456789, ";

    /** Where a byte not listed ranks: after the listed punctuation, before the letters. */
    private static final int UNLISTED = RANK.indexOf('q');

    private AnchorByte() {}

    /** The index in {@code lowerCaseLiteral} of its rarest byte (the first of equals). */
    public static int rarest(byte[] lowerCaseLiteral) {
        int best = 0;
        int bestRank = Integer.MAX_VALUE;
        for (int i = 0; i < lowerCaseLiteral.length; i++) {
            int r = rank(lowerCaseLiteral[i]);
            if (r < bestRank) {
                best = i;
                bestRank = r;
            }
        }
        return best;
    }

    private static int rank(byte b) {
        int at = RANK.indexOf(b);
        if (at < 0) {
            return 2 * UNLISTED - 1;
        }
        return 2 * at;
    }
}
