package org.hygiene.core.serve;

import java.time.Duration;

/**
 * How a class is served.
 *
 * @param bind the address to listen on ({@code 0.0.0.0} for the whole room, {@code 127.0.0.1} for
 *     this machine only)
 * @param port the TCP port; 0 picks a free one (tests)
 * @param idleTimeout a session without a key press for this long is closed (progress saved)
 * @param authTimeout a connection must have signed in within this time
 * @param maxSessions connections at once, signed in or not
 * @param maxPerLearner connections at once per learner (one plays; one more may ask to take over)
 */
public record ServeSettings(
        String bind,
        int port,
        Duration idleTimeout,
        Duration authTimeout,
        int maxSessions,
        int maxPerLearner) {

    public static final Duration DEFAULT_IDLE = Duration.ofHours(2);
    public static final Duration DEFAULT_AUTH = Duration.ofSeconds(60);
    public static final int DEFAULT_MAX_SESSIONS = 100;
    public static final int DEFAULT_MAX_PER_LEARNER = 2;

    /** The defaults, on this address and port. */
    public static ServeSettings of(String bind, int port) {
        return new ServeSettings(
                bind,
                port,
                DEFAULT_IDLE,
                DEFAULT_AUTH,
                DEFAULT_MAX_SESSIONS,
                DEFAULT_MAX_PER_LEARNER);
    }

    public ServeSettings withIdleTimeout(Duration idle) {
        return new ServeSettings(bind, port, idle, authTimeout, maxSessions, maxPerLearner);
    }

    public ServeSettings withLimits(int sessions, int perLearner) {
        return new ServeSettings(bind, port, idleTimeout, authTimeout, sessions, perLearner);
    }
}
