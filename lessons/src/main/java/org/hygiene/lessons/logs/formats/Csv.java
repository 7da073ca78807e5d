package org.hygiene.lessons.logs.formats;

import java.util.List;

/**
 * Split CSV records as Exchange and PowerShell write them (RFC 4180): fields separated by commas, a
 * field in double quotes may hold commas, line breaks and doubled quotes ({@code ""}).
 */
public final class Csv {
    private Csv() {}

    /**
     * Split {@code record} into {@code out} (cleared first). Return false when a quoted field is
     * not closed, which means the record was cut off.
     */
    public static boolean split(CharSequence record, List<String> out) {
        out.clear();
        int n = record.length();
        StringBuilder field = new StringBuilder();
        int i = 0;
        while (true) {
            field.setLength(0);
            if (i < n && record.charAt(i) == '"') {
                i++;
                boolean closed = false;
                while (i < n) {
                    char c = record.charAt(i++);
                    if (c == '"') {
                        if (i < n && record.charAt(i) == '"') {
                            field.append('"');
                            i++;
                        } else {
                            closed = true;
                            break;
                        }
                    } else {
                        field.append(c);
                    }
                }
                if (!closed) {
                    out.add(field.toString());
                    return false;
                }
                // Lenient: keep anything between the closing quote and the next comma.
                while (i < n && record.charAt(i) != ',') {
                    field.append(record.charAt(i++));
                }
            } else {
                int start = i;
                while (i < n && record.charAt(i) != ',') {
                    i++;
                }
                field.append(record, start, i);
            }
            out.add(field.toString());
            if (i >= n) {
                return true;
            }
            i++; // the comma
        }
    }

    /** Whether {@code text} leaves a quoted field open (an odd number of double quotes). */
    public static boolean openQuote(CharSequence text) {
        boolean open = false;
        for (int i = 0, n = text.length(); i < n; i++) {
            if (text.charAt(i) == '"') {
                open = !open;
            }
        }
        return open;
    }
}
