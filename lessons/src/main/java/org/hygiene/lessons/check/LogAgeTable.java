package org.hygiene.lessons.check;

import static org.hygiene.core.text.Sanitizer.clean;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The "how far back" table of the report: per log source its oldest and newest record (to the
 * minute, UTC), the days between and the files read, in columns that fit 80. A source name too long
 * for its column gets a line of its own, with the figures on the next.
 */
final class LogAgeTable {
    private static final DateTimeFormatter MINUTE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);
    private static final int MAX_NAME = 24;
    private static final String ROW = "    %-{N}s  %-16s  %-16s  %5s  %5s";

    private LogAgeTable() {}

    static List<String> lines(List<Results.Age> ages) {
        int name = "Source".length();
        for (Results.Age a : ages) {
            name = Math.max(name, Math.min(MAX_NAME, clean(a.source()).length()));
        }
        String row = ROW.replace("{N}", String.valueOf(name));
        List<String> out = new ArrayList<>();
        out.add(String.format(row, "Source", "Oldest", "Newest", "Days", "Files").stripTrailing());
        for (Results.Age a : ages) {
            String source = clean(a.source());
            if (source.length() > name) {
                ReportWrap.lines("    " + source).forEach(out::add);
                source = "";
            }
            out.add(
                    (a.oldest() == null
                                    ? String.format(
                                            row, source, "no readable time", "", "", a.files())
                                    : String.format(
                                            row,
                                            source,
                                            MINUTE.format(a.oldest()),
                                            MINUTE.format(a.newest()),
                                            Duration.between(a.oldest(), a.newest()).toDays(),
                                            a.files()))
                            .stripTrailing());
        }
        return out;
    }
}
