package org.hygiene.lessons.logs.formats;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Parse the timestamps the logs use, fast and without exceptions on bad input. All results are UTC
 * instants; a time written without an offset is taken as UTC (Exchange and IIS write UTC; a Windows
 * export is only UTC when the server's clock is, which docs/scenario.md states).
 *
 * <ul>
 *   <li>ISO 8601: {@code 2021-03-03T06:49:42.162Z}, {@code 2021-03-03T06:49:42+01:00}, {@code
 *       2021-03-03 06:49:42}
 *   <li>IIS: date and time fields joined with a space, as above
 *   <li>PowerShell en-US {@code ToString()}: {@code 3/3/2021 6:49:42 AM}
 * </ul>
 */
public final class Times {
    private Times() {}

    /** The instant, or null when {@code s} is not a timestamp in one of the forms above. */
    public static Instant parse(String s) {
        if (s == null) {
            return null;
        }
        String t = s.trim();
        if (t.length() >= 19 && t.charAt(4) == '-') {
            return iso(t);
        }
        if (t.indexOf('/') > 0) {
            return usDate(t);
        }
        return null;
    }

    private static Instant iso(String t) {
        int year = digits(t, 0, 4);
        int month = digits(t, 5, 2);
        int day = digits(t, 8, 2);
        char sep = t.charAt(10);
        if (t.charAt(7) != '-'
                || (sep != 'T' && sep != ' ')
                || t.charAt(13) != ':'
                || t.charAt(16) != ':') {
            return null;
        }
        int hour = digits(t, 11, 2);
        int minute = digits(t, 14, 2);
        int second = digits(t, 17, 2);
        int i = 19;
        long nanos = 0;
        if (i < t.length() && t.charAt(i) == '.') {
            i++;
            int scale = 100_000_000;
            int start = i;
            while (i < t.length() && Character.isDigit(t.charAt(i))) {
                if (scale > 0) {
                    nanos += (long) (t.charAt(i) - '0') * scale;
                    scale /= 10;
                }
                i++;
            }
            if (i == start) {
                return null;
            }
        }
        int offsetSeconds = 0;
        if (i < t.length()) {
            char z = t.charAt(i);
            if (z == 'Z' && i == t.length() - 1) {
                offsetSeconds = 0;
            } else if ((z == '+' || z == '-') && t.length() - i == 6 && t.charAt(i + 3) == ':') {
                int oh = digits(t, i + 1, 2);
                int om = digits(t, i + 4, 2);
                if (oh < 0 || om < 0) {
                    return null;
                }
                offsetSeconds = (z == '+' ? 1 : -1) * (oh * 3600 + om * 60);
            } else {
                return null;
            }
        }
        return of(year, month, day, hour, minute, second, nanos, offsetSeconds);
    }

    private static Instant usDate(String t) {
        // M/d/yyyy h:mm:ss AM
        String[] parts = t.split(" ");
        if (parts.length < 2 || parts.length > 3) {
            return null;
        }
        String[] date = parts[0].split("/");
        String[] time = parts[1].split(":");
        if (date.length != 3 || time.length != 3) {
            return null;
        }
        int month = number(date[0]);
        int day = number(date[1]);
        int year = number(date[2]);
        int hour = number(time[0]);
        int minute = number(time[1]);
        int second = number(time[2]);
        if (parts.length == 3) {
            String ampm = parts[2];
            if (hour < 1 || hour > 12) {
                return null;
            }
            if (ampm.equalsIgnoreCase("AM")) {
                hour = hour == 12 ? 0 : hour;
            } else if (ampm.equalsIgnoreCase("PM")) {
                hour = hour == 12 ? 12 : hour + 12;
            } else {
                return null;
            }
        }
        return of(year, month, day, hour, minute, second, 0, 0);
    }

    private static Instant of(
            int year,
            int month,
            int day,
            int hour,
            int minute,
            int second,
            long nanos,
            int offset) {
        if (year < 0
                || month < 0
                || day < 0
                || hour < 0
                || hour > 23
                || minute < 0
                || minute > 59
                || second < 0
                || second > 59) {
            return null;
        }
        try {
            long epochDay = LocalDate.of(year, month, day).toEpochDay();
            long seconds = epochDay * 86_400 + hour * 3600L + minute * 60L + second - offset;
            return Instant.ofEpochSecond(seconds, nanos);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int digits(String s, int from, int count) {
        if (from + count > s.length()) {
            return -1;
        }
        int v = 0;
        for (int i = from; i < from + count; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    private static int number(String s) {
        if (s.isEmpty() || s.length() > 4) {
            return -1;
        }
        return digits(s, 0, s.length());
    }
}
