package org.hygiene.core.serve;

import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.PublicKey;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.sshd.common.AttributeRepository.AttributeKey;
import org.apache.sshd.common.SshConstants;
import org.apache.sshd.server.auth.keyboard.InteractiveChallenge;
import org.apache.sshd.server.auth.keyboard.KeyboardInteractiveAuthenticator;
import org.apache.sshd.server.auth.password.PasswordAuthenticator;
import org.apache.sshd.server.auth.pubkey.PublickeyAuthenticator;
import org.apache.sshd.server.session.ServerSession;
import org.hygiene.core.classroom.AuthLog;
import org.hygiene.core.classroom.AuthThrottle;
import org.hygiene.core.classroom.JoinCodes;
import org.hygiene.core.classroom.LearnerKeys;
import org.hygiene.core.classroom.Roster;
import org.hygiene.core.classroom.RosterEntry;

/**
 * Let learners of the roster in, by join code (keyboard-interactive, or password for clients that
 * only offer that) or by public key. Wrong codes count per connection (three, then the connection
 * is closed) and per address (a growing wait, see {@link AuthThrottle}). An unknown learner gets
 * the same prompt and the same slow check as a known one, so names cannot be probed.
 */
final class RosterAuthenticator
        implements KeyboardInteractiveAuthenticator, PasswordAuthenticator, PublickeyAuthenticator {
    /** How the connection signed in ("code" or "key SHA256:..."), for the log. */
    static final AttributeKey<String> METHOD = new AttributeKey<>();

    private static final AttributeKey<AtomicInteger> FAILURES = new AttributeKey<>();
    private static final String DUMMY_HASH = JoinCodes.hash("AAAAA-AAAAA");

    private final Path rosterFile;
    private final String className;
    private final AuthThrottle throttle;
    private final AuthLog log;
    private Roster roster;
    private FileTime rosterTime;

    RosterAuthenticator(Path rosterFile, String className, AuthThrottle throttle, AuthLog log) {
        this.rosterFile = rosterFile;
        this.className = className;
        this.throttle = throttle;
        this.log = log;
    }

    @Override
    public InteractiveChallenge generateChallenge(
            ServerSession session, String username, String lang, String subMethods) {
        InteractiveChallenge challenge = new InteractiveChallenge();
        challenge.setInteractionName("Hygiene");
        Duration wait = throttle.waitFor(host(session));
        challenge.setInteractionInstruction(
                wait.isZero()
                        ? "Class '" + className + "': type the join code your trainer gave you."
                        : "Too many wrong codes from your address: wait "
                                + (wait.toSeconds() + 1)
                                + " s before trying again.");
        challenge.addPrompt("Join code: ", false);
        return challenge;
    }

    @Override
    public boolean authenticate(ServerSession session, String username, List<String> responses) {
        return checkCode(session, username, responses.size() == 1 ? responses.get(0) : null);
    }

    @Override
    public boolean authenticate(String username, String password, ServerSession session) {
        return checkCode(session, username, password);
    }

    @Override
    public boolean authenticate(String username, PublicKey key, ServerSession session) {
        Optional<RosterEntry> entry = roster().find(username);
        if (entry.isEmpty()) {
            return false;
        }
        for (String line : entry.get().publicKeys()) {
            Optional<PublicKey> known = LearnerKeys.parse(line);
            if (known.isPresent() && LearnerKeys.same(known.get(), key)) {
                session.setAttribute(METHOD, "key " + LearnerKeys.fingerprint(key));
                return true;
            }
        }
        return false;
    }

    private boolean checkCode(ServerSession session, String username, String code) {
        String host = host(session);
        Duration wait = throttle.waitFor(host);
        if (!wait.isZero()) {
            log.record(
                    AuthLog.Event.THROTTLED,
                    username,
                    address(session),
                    "code not checked: wait " + (wait.toSeconds() + 1) + " s");
            return countFailure(session);
        }
        Optional<RosterEntry> entry = roster().find(username);
        String hash = entry.map(RosterEntry::codeHash).orElse(null);
        boolean ok = JoinCodes.matches(code, hash != null ? hash : DUMMY_HASH) && hash != null;
        if (ok) {
            throttle.succeeded(host);
            session.setAttribute(METHOD, "code");
            return true;
        }
        Duration delay = throttle.failed(host);
        String why =
                entry.isEmpty()
                        ? "unknown learner"
                        : hash == null ? "no join code (signs in with a key)" : "wrong code";
        log.record(
                AuthLog.Event.REFUSED,
                username,
                address(session),
                why + (delay.isZero() ? "" : "; address waits " + delay.toSeconds() + " s"));
        return countFailure(session);
    }

    /** Count a failed try on this connection; the third closes it. Always returns false. */
    private boolean countFailure(ServerSession session) {
        AtomicInteger failures =
                session.computeAttributeIfAbsent(FAILURES, k -> new AtomicInteger());
        if (failures.incrementAndGet() >= AuthThrottle.TRIES_PER_CONNECTION) {
            try {
                session.disconnect(
                        SshConstants.SSH2_DISCONNECT_NO_MORE_AUTH_METHODS_AVAILABLE,
                        "Too many wrong join codes");
            } catch (java.io.IOException e) {
                session.close(true);
            }
        }
        return false;
    }

    /** The roster, read again whenever the trainer changed it while serving. */
    private synchronized Roster roster() {
        try {
            FileTime time = Files.getLastModifiedTime(rosterFile);
            if (roster == null || !time.equals(rosterTime)) {
                roster = Roster.load(rosterFile);
                rosterTime = time;
            }
        } catch (java.io.IOException | RuntimeException e) {
            if (roster == null) {
                roster = new Roster();
            }
        }
        return roster;
    }

    static String host(ServerSession session) {
        SocketAddress a = session.getClientAddress();
        if (a instanceof InetSocketAddress inet && inet.getAddress() != null) {
            return inet.getAddress().getHostAddress();
        }
        return String.valueOf(a);
    }

    static String address(ServerSession session) {
        SocketAddress a = session.getClientAddress();
        if (a instanceof InetSocketAddress inet && inet.getAddress() != null) {
            String h = inet.getAddress().getHostAddress();
            return (h.contains(":") ? "[" + h + "]" : h) + ":" + inet.getPort();
        }
        return String.valueOf(a);
    }
}
