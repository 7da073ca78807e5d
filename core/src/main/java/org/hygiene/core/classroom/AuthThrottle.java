package org.hygiene.core.classroom;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Slow down code guessing per address. Each connection gets {@link #TRIES_PER_CONNECTION} tries;
 * after every failed try past the first few from one address, that address must wait before its
 * next try, twice as long each time (1 s, 2 s, 4 s ... up to 5 minutes). A success clears it. Tries
 * during the wait are refused without checking the code, so guessing cannot go faster than the
 * delay, yet no thread ever sleeps.
 */
public final class AuthThrottle {
    public static final int TRIES_PER_CONNECTION = 3;
    static final int FREE_FAILURES = 3;
    static final Duration FIRST_DELAY = Duration.ofSeconds(1);
    static final Duration MAX_DELAY = Duration.ofMinutes(5);
    private static final int MAX_ADDRESSES = 10_000;

    private record State(int failures, Instant blockedUntil) {}

    private final Clock clock;
    private final Map<String, State> byAddress =
            new LinkedHashMap<>(16, 0.75f, true) {
                private static final long serialVersionUID = 1L;

                @Override
                protected boolean removeEldestEntry(Map.Entry<String, State> eldest) {
                    return size() > MAX_ADDRESSES;
                }
            };

    public AuthThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long {@code address} must still wait before a code is checked; zero when it may try. */
    public synchronized Duration waitFor(String address) {
        State s = byAddress.get(address);
        if (s == null || s.blockedUntil == null) {
            return Duration.ZERO;
        }
        Duration left = Duration.between(clock.instant(), s.blockedUntil);
        return left.isNegative() ? Duration.ZERO : left;
    }

    /** Count a wrong code from {@code address}; returns the wait now imposed (maybe zero). */
    public synchronized Duration failed(String address) {
        State s = byAddress.getOrDefault(address, new State(0, null));
        int failures = s.failures + 1;
        Duration delay = Duration.ZERO;
        if (failures >= FREE_FAILURES) {
            int doublings = Math.min(failures - FREE_FAILURES, 20);
            delay = FIRST_DELAY.multipliedBy(1L << doublings);
            if (delay.compareTo(MAX_DELAY) > 0) {
                delay = MAX_DELAY;
            }
        }
        byAddress.put(
                address, new State(failures, delay.isZero() ? null : clock.instant().plus(delay)));
        return delay;
    }

    /** Forget the failures of {@code address} after a good code. */
    public synchronized void succeeded(String address) {
        byAddress.remove(address);
    }
}
