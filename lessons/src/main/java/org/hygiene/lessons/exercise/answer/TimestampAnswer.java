package org.hygiene.lessons.exercise.answer;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A moment in time, written in any common format and zone. An answer stands for the span its
 * precision covers ({@code 06:50} is the whole minute); it is right when that span comes within the
 * tolerance of the accepted moment. Times without a zone are UTC, as in Exchange and IIS logs. The
 * canonical form is {@code <instant>|<span in ms>}.
 *
 * <p>A hashed accepted answer is kept to the second: the hash covers the UTC second it falls in
 * ({@code 2021-03-03T06:50:12Z}). A learner's answer is checked against it by hashing every second
 * its span, widened by the tolerance, could overlap: at most a few hundred hashes for an answer to
 * the minute with a tolerance of minutes.
 */
public record TimestampAnswer(Duration tolerance) implements AnswerType {
    private static final Pattern YMD =
            Pattern.compile("^(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(.*)$");
    private static final Pattern DMY =
            Pattern.compile("^(\\d{1,2})([-/.])(\\d{1,2})[-/.](\\d{4})(.*)$");
    private static final Pattern D_MON_Y =
            Pattern.compile(
                    "^(?:[a-z]{3,9},?\\s+)?(\\d{1,2})[\\s-]+([a-z]{3,9})\\.?[\\s,-]+(\\d{4})(.*)$");
    private static final Pattern MON_D_Y =
            Pattern.compile(
                    "^(?:[a-z]{3,9},?\\s+)?([a-z]{3,9})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(.*)$");
    private static final Pattern TIME =
            Pattern.compile(
                    "^[t\\s,@]*(?:at\\s+)?(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?\\s*(am|pm|a\\.m\\.|p\\.m\\.)?\\s*(.*)$");
    private static final Pattern EPOCH = Pattern.compile("^(\\d{10}|\\d{13})$");
    private static final List<String> MONTHS =
            List.of(
                    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
                    "dec");

    public TimestampAnswer {
        tolerance = tolerance == null ? Duration.ZERO : tolerance.abs();
    }

    @Override
    public String name() {
        return "timestamp";
    }

    @Override
    public String form() {
        return "a date and time, such as 2021-03-03 06:50:12 (UTC unless you name a zone: Z,"
                + " +01:00, CET)";
    }

    /** More seconds than this in one answer's window are not tried against hashes. */
    private static final long MAX_HASHED_SECONDS = 100_000;

    @Override
    public Normalized hashInput(String raw) {
        Normalized n = normalize(raw);
        if (n instanceof Normalized.Ok ok) {
            if (span(ok.value()) > 1000) {
                return Normalized.bad(
                        "A hashed time is kept to the second: give the seconds, and use"
                                + " 'tolerance' for a wider window.");
            }
            return Normalized.ok(second(start(ok.value())));
        }
        return n;
    }

    /** The UTC second that holds the moment, as hashed: {@code 2021-03-03T06:50:12Z}. */
    private static String second(long epochMillis) {
        return Instant.ofEpochMilli(Math.floorDiv(epochMillis, 1000) * 1000).toString();
    }

    @Override
    public boolean hashAccepts(String given, AnswerKey key) {
        return !key.hashes().isEmpty() && hashedWithin(given, key, 0);
    }

    /** Whether a hashed second overlaps the answer's span, shifted and widened by the tolerance. */
    private boolean hashedWithin(String given, AnswerKey key, long shiftMillis) {
        long g = start(given) + shiftMillis;
        long tol = tolerance.toMillis();
        // A second S is right when [S, S + 1 s) comes within the tolerance of [g, g + span).
        long first = Math.floorDiv(g - tol - 1000, 1000) * 1000 + 1000;
        long end = g + span(given) + tol;
        if ((end - first) / 1000 > MAX_HASHED_SECONDS) {
            return false;
        }
        for (long s = first; s < end; s += 1000) {
            if (key.hashMatches(second(s))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Optional<Verdict> nearMissOfHashes(String given, AnswerKey key) {
        for (int half = -28; half <= 28; half++) {
            if (half != 0 && hashedWithin(given, key, half * 1_800_000L)) {
                return Optional.of(offBy(half));
            }
        }
        return Optional.empty();
    }

    @Override
    public Normalized normalize(String raw) {
        String original = Texts.collapseSpaces(Texts.unwrap(raw));
        String s = original.toLowerCase(Locale.ROOT);
        if (EPOCH.matcher(s).matches()) {
            long n = Long.parseLong(s);
            boolean millis = s.length() == 13;
            return Normalized.ok(
                    canonical(
                            millis ? Instant.ofEpochMilli(n) : Instant.ofEpochSecond(n),
                            millis ? 1 : 1000));
        }
        LocalDate date;
        String rest;
        try {
            Matcher m;
            if ((m = YMD.matcher(s)).matches()) {
                date = LocalDate.of(num(m.group(1)), num(m.group(2)), num(m.group(3)));
                rest = m.group(4);
            } else if ((m = DMY.matcher(s)).matches()) {
                int a = num(m.group(1));
                int b = num(m.group(3));
                int year = num(m.group(4));
                boolean dayFirst = m.group(2).equals(".") || a > 12;
                if (!dayFirst && b <= 12 && a != b) {
                    return Normalized.bad(
                            m.group(1)
                                    + m.group(2)
                                    + m.group(3)
                                    + " could be read two ways; write the date as "
                                    + year
                                    + "-MM-DD.");
                }
                date = dayFirst ? LocalDate.of(year, b, a) : LocalDate.of(year, a, b);
                rest = m.group(5);
            } else if ((m = D_MON_Y.matcher(s)).matches() && month(m.group(2)) > 0) {
                date = LocalDate.of(num(m.group(3)), month(m.group(2)), num(m.group(1)));
                rest = m.group(4);
            } else if ((m = MON_D_Y.matcher(s)).matches() && month(m.group(1)) > 0) {
                date = LocalDate.of(num(m.group(3)), month(m.group(1)), num(m.group(2)));
                rest = m.group(4);
            } else {
                return Normalized.bad(
                        "'" + Texts.shorten(original) + "' is not a date and time I can read.");
            }
        } catch (DateTimeException e) {
            return Normalized.bad("That date does not exist.");
        }
        if (rest.isBlank()) {
            return Normalized.bad("Give the time as well as the date.");
        }
        Matcher t = TIME.matcher(rest);
        if (!t.matches()) {
            return Normalized.bad("Write the time as HH:MM:SS after the date.");
        }
        int hour = num(t.group(1));
        int minute = num(t.group(2));
        int second = t.group(3) == null ? 0 : num(t.group(3));
        String fraction = t.group(4) == null ? "" : t.group(4);
        String ampm = t.group(5);
        if (ampm != null) {
            if (hour < 1 || hour > 12) {
                return Normalized.bad("With AM or PM the hour runs from 1 to 12.");
            }
            hour = hour % 12 + (ampm.startsWith("p") ? 12 : 0);
        }
        LocalTime time;
        try {
            int nanos =
                    fraction.isEmpty()
                            ? 0
                            : Integer.parseInt((fraction + "000000000").substring(0, 9));
            time = LocalTime.of(hour, minute, second, nanos);
        } catch (DateTimeException e) {
            return Normalized.bad("That time does not exist.");
        }
        int zoneStart = original.length() - t.group(6).length();
        String zoneText =
                original.length() == s.length() ? original.substring(zoneStart) : t.group(6);
        Optional<java.time.ZoneId> zone = Zones.parse(zoneText);
        if (zone.isEmpty()) {
            return Normalized.bad("'" + Texts.shorten(zoneText) + "' is not a time zone I know.");
        }
        long span =
                t.group(3) == null
                        ? 60_000
                        : fraction.isEmpty()
                                ? 1000
                                : Math.max(
                                        1, (long) Math.pow(10, 3 - Math.min(3, fraction.length())));
        Instant instant = LocalDateTime.of(date, time).atZone(zone.get()).toInstant();
        return Normalized.ok(canonical(instant, span));
    }

    /** The moment an answer stands for (the start of its span), if it reads as one. */
    public Optional<Instant> instantOf(String raw) {
        return normalize(raw) instanceof Normalized.Ok ok
                ? Optional.of(Instant.ofEpochMilli(start(ok.value())))
                : Optional.empty();
    }

    private static String canonical(Instant instant, long spanMillis) {
        return instant + "|" + spanMillis;
    }

    @Override
    public boolean matches(String given, String accepted) {
        return within(given, accepted, 0);
    }

    private boolean within(String given, String accepted, long shiftMillis) {
        long g = start(given) + shiftMillis;
        long a = start(accepted);
        long tol = tolerance.toMillis();
        return g < a + span(accepted) + tol && a < g + span(given) + tol;
    }

    @Override
    public Optional<Verdict> nearMiss(String given, List<String> accepted) {
        for (String a : accepted) {
            for (int half = -28; half <= 28; half++) {
                if (half != 0 && within(given, a, half * 1_800_000L)) {
                    return Optional.of(offBy(half));
                }
            }
        }
        return Optional.empty();
    }

    /** The time-zone hint for an answer off by {@code half} half hours. */
    private static Verdict offBy(int half) {
        String hours =
                half % 2 == 0 ? String.valueOf(Math.abs(half / 2)) : Math.abs(half) / 2 + ".5";
        return Verdict.wrong(
                "That is exactly "
                        + hours
                        + " hour"
                        + (Math.abs(half) == 2 ? "" : "s")
                        + " off: check the time zone. The logs record UTC, and a time without a"
                        + " zone counts as UTC.");
    }

    private static long start(String canonical) {
        return Instant.parse(canonical.substring(0, canonical.indexOf('|'))).toEpochMilli();
    }

    private static long span(String canonical) {
        return Long.parseLong(canonical.substring(canonical.indexOf('|') + 1));
    }

    private static int num(String s) {
        return Integer.parseInt(s);
    }

    private static int month(String name) {
        if (name.length() < 3) {
            return 0;
        }
        int i = MONTHS.indexOf(name.substring(0, 3));
        String full = java.time.Month.of(Math.max(1, i + 1)).name().toLowerCase(Locale.ROOT);
        return i >= 0 && (full.startsWith(name) || name.equals("sept")) ? i + 1 : 0;
    }

    /**
     * Read a tolerance such as {@code 90s}, {@code 2m}, {@code 1h}, {@code 2 minutes} or {@code
     * PT1M}.
     */
    public static Optional<Duration> parseDuration(String text) {
        return org.hygiene.core.text.DurationText.parse(text);
    }
}
