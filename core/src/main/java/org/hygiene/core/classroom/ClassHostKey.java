package org.hygiene.core.classroom;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.util.Collection;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.loader.openssh.OpenSSHKeyPairResourceParser;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyPairResourceWriter;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.hygiene.core.app.UserException;
import org.hygiene.core.files.AtomicFiles;
import org.hygiene.core.files.OwnerOnly;

/**
 * The class server's host key: an Ed25519 key made on first start and kept in the class folder in
 * OpenSSH's format, owner-only, so that learners' {@code known_hosts} stay valid across restarts
 * and {@code ssh-keygen -lf} can show the same fingerprint the server prints.
 */
public final class ClassHostKey {
    private final KeyPair keyPair;

    private ClassHostKey(KeyPair keyPair) {
        this.keyPair = keyPair;
    }

    /** Load the key from {@code file}, or make and save a new one if there is none. */
    public static ClassHostKey loadOrCreate(Path file, String comment) throws IOException {
        if (Files.exists(file)) {
            if (OwnerOnly.isOpenToOthers(file)) {
                throw new UserException(
                        "the host key "
                                + file
                                + " can be read by other users; make it private first: chmod 600 "
                                + file);
            }
            return new ClassHostKey(read(file));
        }
        try {
            KeyPair pair = KeyUtils.generateKeyPair(KeyPairProvider.SSH_ED25519, 256);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            OpenSSHKeyPairResourceWriter.INSTANCE.writePrivateKey(pair, comment, null, bytes);
            AtomicFiles.writeOwnerOnly(file, bytes.toByteArray());
            return new ClassHostKey(pair);
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot make an Ed25519 host key: " + e.getMessage(), e);
        }
    }

    private static KeyPair read(Path file) throws IOException {
        try {
            Collection<KeyPair> pairs =
                    OpenSSHKeyPairResourceParser.INSTANCE.loadKeyPairs(null, file, null);
            if (pairs == null || pairs.isEmpty()) {
                throw new UserException("the host key " + file + " holds no key");
            }
            return pairs.iterator().next();
        } catch (GeneralSecurityException | IOException | RuntimeException e) {
            if (e instanceof UserException u) {
                throw u;
            }
            throw new UserException(
                    "the host key "
                            + file
                            + " cannot be read ("
                            + e.getMessage()
                            + "); move it away to make a new one (learners will then see a"
                            + " host key warning)");
        }
    }

    public KeyPair keyPair() {
        return keyPair;
    }

    /** As {@code ssh-keygen -lf} prints it, less the comment: {@code 256 SHA256:... (ED25519)}. */
    public String fingerprintLine() {
        return KeyUtils.getKeySize(keyPair.getPublic())
                + " "
                + LearnerKeys.fingerprint(keyPair.getPublic())
                + " ("
                + typeName()
                + ")";
    }

    private String typeName() {
        String type = KeyUtils.getKeyType(keyPair.getPublic());
        return switch (type == null ? "" : type) {
            case KeyPairProvider.SSH_ED25519 -> "ED25519";
            case KeyPairProvider.SSH_RSA -> "RSA";
            default -> type.startsWith("ecdsa") ? "ECDSA" : type;
        };
    }
}
