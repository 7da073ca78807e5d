package org.hygiene.lessons.logs.formats;

import org.hygiene.lessons.logs.ColumnType;

/** Turn a raw field into the Java value of its column type; malformed values become null. */
public final class FieldValues {
    private FieldValues() {}

    public static Object convert(String raw, ColumnType type) {
        if (raw == null) {
            return null;
        }
        switch (type) {
            case STRING:
                return raw;
            case LONG:
                return parseLong(raw);
            case REAL:
                return parseDouble(raw);
            case BOOL:
                return parseBool(raw);
            case DATETIME:
                return Times.parse(raw);
            default:
                throw new IllegalStateException(type.toString());
        }
    }

    static Long parseLong(String s) {
        int n = s.length();
        if (n == 0 || n > 19) {
            return null;
        }
        int i = 0;
        boolean negative = false;
        if (s.charAt(0) == '-' || s.charAt(0) == '+') {
            negative = s.charAt(0) == '-';
            i = 1;
            if (n == 1) {
                return null;
            }
        }
        long v = 0;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return null;
            }
            v = v * 10 + (c - '0');
        }
        return negative ? -v : v;
    }

    private static Double parseDouble(String s) {
        if (s.isEmpty() || s.length() > 64) {
            return null;
        }
        try {
            return Double.valueOf(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Boolean parseBool(String s) {
        if (s.equalsIgnoreCase("true")) {
            return Boolean.TRUE;
        }
        if (s.equalsIgnoreCase("false")) {
            return Boolean.FALSE;
        }
        return null;
    }
}
