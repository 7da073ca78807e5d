package org.hygiene.core.text;

import java.time.DateTimeException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * Read a length of time as people type it: {@code 90s}, {@code 10m}, {@code 2h}, {@code 1d}, {@code
 * 2 minutes}, {@code 500ms}, a bare number of seconds, or ISO-8601 ({@code PT1M}). One reader for
 * every option and answer that takes a time.
 */
public final class DurationText {
    private static final int MAX_DIGITS = 6;

    private DurationText() {}

    public static Optional<Duration> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.strip().toLowerCase(Locale.ROOT);
        if (s.startsWith("p")) {
            try {
                return Optional.of(Duration.parse(s.toUpperCase(Locale.ROOT)));
            } catch (DateTimeException e) {
                return Optional.empty();
            }
        }
        int digits = 0;
        while (digits < s.length() && s.charAt(digits) >= '0' && s.charAt(digits) <= '9') {
            digits++;
        }
        if (digits == 0 || digits > MAX_DIGITS) {
            return Optional.empty();
        }
        long n = Long.parseLong(s.substring(0, digits));
        String unit = s.substring(digits).strip();
        return switch (unit) {
            case "", "s", "sec", "secs", "second", "seconds" -> Optional.of(Duration.ofSeconds(n));
            case "ms" -> Optional.of(Duration.ofMillis(n));
            case "m", "min", "mins", "minute", "minutes" -> Optional.of(Duration.ofMinutes(n));
            case "h", "hour", "hours" -> Optional.of(Duration.ofHours(n));
            case "d", "day", "days" -> Optional.of(Duration.ofDays(n));
            default -> Optional.empty();
        };
    }

    /** {@code 10 min}, {@code 2 h}, {@code 45 s}: a time as a person would say it. */
    public static String describe(Duration d) {
        if (d.toMinutes() >= 60 && d.toMinutesPart() == 0) {
            return d.toHours() + " h";
        }
        if (d.toSeconds() >= 60 && d.toSecondsPart() == 0) {
            return d.toMinutes() + " min";
        }
        return d.toSeconds() + " s";
    }
}
