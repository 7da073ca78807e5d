package org.hygiene.lessons.exercise.answer;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Read the time zone written after a time: an offset, a name like CET, or a region. */
final class Zones {
    private static final Pattern OFFSET =
            Pattern.compile("^(?:utc|gmt)?\\s*([+-])\\s*(\\d{1,2})(?::?(\\d{2}))?$");

    /** Common abbreviations; ambiguous ones (IST, CST in Asia) take their usual Western meaning. */
    private static final Map<String, Integer> ABBREVIATIONS =
            Map.ofEntries(
                    Map.entry("est", -300),
                    Map.entry("edt", -240),
                    Map.entry("cst", -360),
                    Map.entry("cdt", -300),
                    Map.entry("mst", -420),
                    Map.entry("mdt", -360),
                    Map.entry("pst", -480),
                    Map.entry("pdt", -420),
                    Map.entry("wet", 0),
                    Map.entry("west", 60),
                    Map.entry("bst", 60),
                    Map.entry("cet", 60),
                    Map.entry("cest", 120),
                    Map.entry("met", 60),
                    Map.entry("mest", 120),
                    Map.entry("eet", 120),
                    Map.entry("eest", 180),
                    Map.entry("msk", 180),
                    Map.entry("jst", 540),
                    Map.entry("kst", 540),
                    Map.entry("aest", 600),
                    Map.entry("aedt", 660));

    private Zones() {}

    static Optional<ZoneId> parse(String text) {
        String original = text.strip();
        if (original.startsWith("(") && original.endsWith(")")) {
            original = original.substring(1, original.length() - 1).strip();
        }
        String s = original.toLowerCase(Locale.ROOT);
        if (s.isEmpty() || s.equals("z") || s.equals("utc") || s.equals("gmt") || s.equals("ut")) {
            return Optional.of(ZoneOffset.UTC);
        }
        Matcher m = OFFSET.matcher(s);
        if (m.matches()) {
            int hours = Integer.parseInt(m.group(2));
            int minutes = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
            if (hours > 14 || minutes > 59) {
                return Optional.empty();
            }
            int sign = m.group(1).equals("-") ? -1 : 1;
            return Optional.of(ZoneOffset.ofTotalSeconds(sign * (hours * 3600 + minutes * 60)));
        }
        Integer minutes = ABBREVIATIONS.get(s);
        if (minutes != null) {
            return Optional.of(ZoneOffset.ofTotalSeconds(minutes * 60));
        }
        if (s.contains("/")) {
            for (String id : ZoneId.getAvailableZoneIds()) {
                if (id.equalsIgnoreCase(original)) {
                    try {
                        return Optional.of(ZoneId.of(id));
                    } catch (DateTimeException e) {
                        return Optional.empty();
                    }
                }
            }
        }
        return Optional.empty();
    }
}
