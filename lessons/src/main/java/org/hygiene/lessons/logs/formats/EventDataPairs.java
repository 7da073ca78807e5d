package org.hygiene.lessons.logs.formats;

import java.util.function.BiConsumer;

/**
 * Split an ECP {@code EventData} value, {@code S:KEY=value;S:KEY=value;...}, into its pairs. A pair
 * holding quotes or semicolons is written in single quotes with inner quotes doubled ({@code
 * 'S:CMD=Set-X.Url=''a;b'''}), which this undoes. The type prefix ({@code S:}, {@code I32:}...) is
 * dropped; segments that are not {@code KEY=value} are ignored.
 */
public final class EventDataPairs {
    private EventDataPairs() {}

    public static void forEach(String data, BiConsumer<String, String> pair) {
        int n = data.length();
        int i = 0;
        StringBuilder segment = new StringBuilder();
        while (i < n) {
            segment.setLength(0);
            if (data.charAt(i) == '\'') {
                i++;
                while (i < n) {
                    char c = data.charAt(i++);
                    if (c == '\'') {
                        if (i < n && data.charAt(i) == '\'') {
                            segment.append('\'');
                            i++;
                        } else {
                            break;
                        }
                    } else {
                        segment.append(c);
                    }
                }
                while (i < n && data.charAt(i) != ';') {
                    segment.append(data.charAt(i++));
                }
            } else {
                while (i < n && data.charAt(i) != ';') {
                    segment.append(data.charAt(i++));
                }
            }
            i++; // the semicolon
            emit(segment, pair);
        }
    }

    private static void emit(CharSequence segment, BiConsumer<String, String> pair) {
        String s = segment.toString();
        int colon = s.indexOf(':');
        int eq = s.indexOf('=');
        if (eq < 0) {
            return;
        }
        int keyStart = colon >= 0 && colon < eq && colon <= 4 ? colon + 1 : 0;
        String key = s.substring(keyStart, eq).trim();
        if (!key.isEmpty()) {
            pair.accept(key, s.substring(eq + 1));
        }
    }
}
