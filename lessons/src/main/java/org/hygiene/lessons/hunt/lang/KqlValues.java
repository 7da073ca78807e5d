package org.hygiene.lessons.hunt.lang;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.hygiene.core.text.JsonText;

/** Format and compare query values as KQL does. */
public final class KqlValues {
    private KqlValues() {}

    /** Render a value as KQL shows it: ISO datetimes, {@code d.hh:mm:ss} timespans, JSON lists. */
    public static String format(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof String s) {
            return s;
        }
        if (v instanceof Instant i) {
            return i.toString();
        }
        if (v instanceof Duration d) {
            return formatTimespan(d);
        }
        if (v instanceof Double d) {
            if (d == Math.rint(d) && !Double.isInfinite(d) && Math.abs(d) < 1e15) {
                return Long.toString(d.longValue());
            }
            return d.toString();
        }
        if (v instanceof List<?> list) {
            StringBuilder b = new StringBuilder("[");
            for (Object o : list) {
                if (b.length() > 1) {
                    b.append(',');
                }
                b.append(
                        o instanceof String s
                                ? JsonText.compact(s)
                                : o == null ? "null" : format(o));
            }
            return b.append(']').toString();
        }
        return v.toString();
    }

    /** Render a timespan as {@code [-][d.]hh:mm:ss[.fffffff]}. */
    public static String formatTimespan(Duration d) {
        boolean negative = d.isNegative();
        Duration a = d.abs();
        long days = a.toDays();
        StringBuilder b = new StringBuilder(negative ? "-" : "");
        if (days > 0) {
            b.append(days).append('.');
        }
        b.append(
                String.format(
                        Locale.ROOT,
                        "%02d:%02d:%02d",
                        a.toHoursPart(),
                        a.toMinutesPart(),
                        a.toSecondsPart()));
        int nanos = a.toNanosPart();
        if (nanos != 0) {
            b.append('.').append(String.format(Locale.ROOT, "%07d", nanos / 100));
        }
        return b.toString();
    }

    /**
     * Order two values: nulls first, numbers numerically, strings ordinally. Values of different
     * kinds order by kind so that sorting never fails.
     */
    public static int compare(Object a, Object b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : -1) : 1;
        }
        if (a instanceof Number x && b instanceof Number y) {
            if (a instanceof Long l && b instanceof Long m) {
                return Long.compare(l, m);
            }
            return Double.compare(x.doubleValue(), y.doubleValue());
        }
        if (a instanceof String x && b instanceof String y) {
            return x.compareTo(y);
        }
        if (a instanceof Instant x && b instanceof Instant y) {
            return x.compareTo(y);
        }
        if (a instanceof Duration x && b instanceof Duration y) {
            return x.compareTo(y);
        }
        if (a instanceof Boolean x && b instanceof Boolean y) {
            return Boolean.compare(x, y);
        }
        int ka = ValueType.ofValue(a).ordinal();
        int kb = ValueType.ofValue(b).ordinal();
        return ka != kb ? Integer.compare(ka, kb) : format(a).compareTo(format(b));
    }
}
