package org.hygiene.core.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class AuthThrottleTest {
    private Instant now = Instant.parse("2026-12-03T10:00:00Z");
    private final Clock clock =
            new Clock() {
                @Override
                public ZoneOffset getZone() {
                    return ZoneOffset.UTC;
                }

                @Override
                public Clock withZone(java.time.ZoneId zone) {
                    return this;
                }

                @Override
                public Instant instant() {
                    return now;
                }
            };

    @Test
    void theFirstFailuresCostNothingThenTheWaitDoubles() {
        AuthThrottle throttle = new AuthThrottle(clock);
        assertThat(throttle.failed("192.0.2.1")).isZero();
        assertThat(throttle.failed("192.0.2.1")).isZero();
        assertThat(throttle.failed("192.0.2.1")).isEqualTo(Duration.ofSeconds(1));
        assertThat(throttle.failed("192.0.2.1")).isEqualTo(Duration.ofSeconds(2));
        assertThat(throttle.failed("192.0.2.1")).isEqualTo(Duration.ofSeconds(4));
        assertThat(throttle.waitFor("192.0.2.1")).isEqualTo(Duration.ofSeconds(4));
        assertThat(throttle.waitFor("192.0.2.2")).isZero();
    }

    @Test
    void theWaitEndsAndIsCapped() {
        AuthThrottle throttle = new AuthThrottle(clock);
        Duration last = Duration.ZERO;
        for (int i = 0; i < 40; i++) {
            last = throttle.failed("192.0.2.1");
        }
        assertThat(last).isEqualTo(AuthThrottle.MAX_DELAY);
        now = now.plus(AuthThrottle.MAX_DELAY);
        assertThat(throttle.waitFor("192.0.2.1")).isZero();
    }

    @Test
    void aGoodCodeClearsTheAddress() {
        AuthThrottle throttle = new AuthThrottle(clock);
        for (int i = 0; i < 5; i++) {
            throttle.failed("192.0.2.1");
        }
        throttle.succeeded("192.0.2.1");
        assertThat(throttle.waitFor("192.0.2.1")).isZero();
        assertThat(throttle.failed("192.0.2.1")).isZero();
    }
}
