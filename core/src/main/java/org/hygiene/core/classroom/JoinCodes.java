package org.hygiene.core.classroom;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Make join codes and check them against their stored hashes. A code is ten characters from an
 * alphabet without look-alikes (no 0/O, 1/I/L, U), about 49 bits, shown as {@code ABCDE-FGHJK}.
 * Only a salted PBKDF2-HMAC-SHA256 hash is kept, as {@code pbkdf2-sha256$ITERATIONS$SALT$HASH}, so
 * the iteration count can grow later without breaking old rosters.
 */
public final class JoinCodes {
    static final String ALPHABET = "ABCDEFGHJKMNPQRSTVWXYZ23456789";
    static final int LENGTH = 10;
    static final int ITERATIONS = 120_000;
    private static final String PREFIX = "pbkdf2-sha256";
    private static final SecureRandom RANDOM = new SecureRandom();

    private JoinCodes() {}

    /** A new random code, formatted for reading out or handing over on paper. */
    public static String generate() {
        StringBuilder code = new StringBuilder(LENGTH + 1);
        for (int i = 0; i < LENGTH; i++) {
            if (i == LENGTH / 2) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** The code as compared: spaces and dashes dropped, upper case. */
    static String normalise(String typed) {
        StringBuilder out = new StringBuilder(typed.length());
        for (int i = 0; i < typed.length(); i++) {
            char c = typed.charAt(i);
            if (c != '-' && c != ' ' && c != '\t') {
                out.append(Character.toUpperCase(c));
            }
        }
        return out.toString().toUpperCase(Locale.ROOT);
    }

    /** The stored form of {@code code}: a fresh salt and the slow hash. */
    public static String hash(String code) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return PREFIX
                + "$"
                + ITERATIONS
                + "$"
                + Base64.getEncoder().withoutPadding().encodeToString(salt)
                + "$"
                + Base64.getEncoder()
                        .withoutPadding()
                        .encodeToString(derive(normalise(code), salt, ITERATIONS));
    }

    /**
     * Whether {@code typed} is the code {@code stored} was made from; malformed hashes never match.
     */
    public static boolean matches(String typed, String stored) {
        if (typed == null || stored == null || typed.length() > 64) {
            return false;
        }
        String[] parts = stored.split("\\$");
        if (parts.length != 4 || !parts[0].equals(PREFIX)) {
            return false;
        }
        try {
            int iterations = Integer.parseInt(parts[1]);
            if (iterations < 1 || iterations > 10_000_000) {
                return false;
            }
            byte[] salt = Base64.getDecoder().decode(parts[2]);
            byte[] expected = Base64.getDecoder().decode(parts[3]);
            return MessageDigest.isEqual(expected, derive(normalise(typed), salt, iterations));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static byte[] derive(String code, byte[] salt, int iterations) {
        char[] chars =
                new String(code.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)
                        .toCharArray();
        PBEKeySpec spec = new PBEKeySpec(chars, salt, iterations, 256);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(spec)
                    .getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every Java 17", e);
        } finally {
            spec.clearPassword();
        }
    }
}
