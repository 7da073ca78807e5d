package org.hygiene.lessons.check;

import static org.hygiene.lessons.check.RowText.str;
import static org.hygiene.lessons.check.RowText.text;
import static org.hygiene.lessons.check.RowText.time;

import java.util.List;
import org.hygiene.lessons.logs.Row;
import org.hygiene.lessons.logs.bytes.Literals;
import org.hygiene.lessons.logs.formats.IisLogFormat;

/** Hygiene's own heuristics ({@link IisHeuristics}) on IIS W3C lines. */
final class IisLineRule implements LineRule {
    private static final Literals[] LITERALS = new Literals[4];

    static {
        for (int i = 0; i < 4; i++) {
            LITERALS[i] = Literals.of(IisHeuristics.literals((i & 1) != 0, (i & 2) != 0));
        }
    }

    @Override
    public Literals literals(String path, String fields) {
        boolean backEnd = IisLogFormat.siteName(path).equals("Exchange Back End");
        boolean methodThenStem =
                fields != null && (" " + fields + " ").contains(" cs-method cs-uri-stem ");
        return LITERALS[(backEnd ? 1 : 0) | (methodThenStem ? 2 : 0)];
    }

    @Override
    public boolean apply(
            FileCheck.Target target,
            Row row,
            String raw,
            String file,
            long line,
            List<Finding> found) {
        if (row == null) {
            return false;
        }
        IisHeuristics.Request r =
                new IisHeuristics.Request(
                        str(row, "csMethod"),
                        str(row, "csUriStem"),
                        str(row, "csUriQuery"),
                        str(row, "csUserAgent"),
                        str(row, "scStatus"),
                        str(row, "csUserName"),
                        str(row, "sSiteName"));
        List<String> matched = IisHeuristics.match(r, raw);
        if (matched.isEmpty()) {
            return true;
        }
        found.add(
                new Finding(
                        FindingKind.IIS_HEURISTIC,
                        time(row),
                        str(row, "cIP"),
                        file,
                        line,
                        List.of(
                                String.join(" ", matched),
                                text(time(row)),
                                str(row, "cIP"),
                                r.method(),
                                r.stem(),
                                r.query(),
                                r.userAgent(),
                                r.status(),
                                r.site())));
        return true;
    }
}
