package org.hygiene.lessons.exercise.answer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Salted SHA-256 of a canonical answer, so an answer key can ship without the answers in it. The
 * hash covers {@code salt + ":" + canonical}; the salt defaults to the exercise id.
 */
public final class AnswerHash {
    private AnswerHash() {}

    /** Return the lower-case hex SHA-256 of {@code salt:canonical}. */
    public static String of(String salt, String canonical) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] digest = sha.digest((salt + ":" + canonical).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Accept {@code sha256:HEX} or {@code HEX}, any case. */
    static String clean(String hash) {
        String h = hash.strip().toLowerCase(Locale.ROOT);
        return h.startsWith("sha256:") ? h.substring(7).strip() : h;
    }

    /** Whether the text is a well-formed hash (64 hex digits, optional {@code sha256:}). */
    public static boolean isWellFormed(String hash) {
        String h = clean(hash);
        if (h.length() != 64) {
            return false;
        }
        for (int i = 0; i < h.length(); i++) {
            if (Character.digit(h.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }
}
