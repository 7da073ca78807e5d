package org.hygiene.core.classroom;

import java.time.Instant;
import java.util.List;

/**
 * One learner of a class and how they sign in: a join code's hash, OpenSSH public keys, or both.
 * Sign-ins are not kept here but in the class's auth log, so that only the trainer's commands ever
 * write the roster.
 *
 * @param codeHash the join code's salted hash (see {@link JoinCodes}), or null for keys only
 * @param publicKeys OpenSSH {@code authorized_keys} lines
 * @param trainer whether signing in opens the trainer's console instead of the course
 */
public record RosterEntry(
        String name, String codeHash, List<String> publicKeys, Instant added, boolean trainer) {

    public RosterEntry {
        publicKeys = publicKeys == null ? List.of() : List.copyOf(publicKeys);
    }

    /** A learner (not a trainer). */
    public RosterEntry(String name, String codeHash, List<String> publicKeys, Instant added) {
        this(name, codeHash, publicKeys, added, false);
    }

    public RosterEntry withTrainer(boolean isTrainer) {
        return new RosterEntry(name, codeHash, publicKeys, added, isTrainer);
    }

    public boolean hasCode() {
        return codeHash != null;
    }

    public RosterEntry withCode(String hash) {
        return new RosterEntry(name, hash, publicKeys, added, trainer);
    }

    public RosterEntry withKey(String key) {
        List<String> keys = new java.util.ArrayList<>(publicKeys);
        if (!keys.contains(key)) {
            keys.add(key);
        }
        return new RosterEntry(name, codeHash, keys, added, trainer);
    }
}
