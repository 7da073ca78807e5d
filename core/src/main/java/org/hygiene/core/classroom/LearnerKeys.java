package org.hygiene.core.classroom;

import java.security.PublicKey;
import java.util.Optional;
import org.apache.sshd.common.config.keys.AuthorizedKeyEntry;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntryResolver;
import org.apache.sshd.common.digest.BuiltinDigests;

/**
 * Read learners' OpenSSH public keys ({@code ssh-ed25519 AAAA... comment}), as the roster keeps
 * them.
 */
public final class LearnerKeys {
    private LearnerKeys() {}

    /** The key of one {@code authorized_keys}-style line, or empty if it is not a usable key. */
    public static Optional<PublicKey> parse(String line) {
        if (line == null || line.isBlank() || line.length() > 16_384) {
            return Optional.empty();
        }
        try {
            AuthorizedKeyEntry entry = AuthorizedKeyEntry.parseAuthorizedKeyEntry(line.strip());
            if (entry == null) {
                return Optional.empty();
            }
            return Optional.ofNullable(
                    entry.resolvePublicKey(null, PublicKeyEntryResolver.FAILING));
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    /** The key's SHA256 fingerprint as {@code ssh-keygen -l} prints it. */
    public static String fingerprint(PublicKey key) {
        return KeyUtils.getFingerPrint(BuiltinDigests.sha256, key);
    }

    /** Whether two keys are the same key. */
    public static boolean same(PublicKey a, PublicKey b) {
        return KeyUtils.compareKeys(a, b);
    }
}
