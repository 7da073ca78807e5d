package org.hygiene.lessons.check;

import static org.hygiene.lessons.check.RowText.str;
import static org.hygiene.lessons.check.RowText.text;
import static org.hygiene.lessons.check.RowText.time;

import java.util.List;
import org.hygiene.lessons.logs.Row;
import org.hygiene.lessons.logs.bytes.LiteralSearch;
import org.hygiene.lessons.logs.formats.IisLogFormat;

/** Hygiene's own heuristics ({@link IisHeuristics}) on IIS W3C lines. */
final class IisLineRule extends LineRule {
    private static final LiteralSearch[] LITERALS = new LiteralSearch[4];

    static {
        for (int i = 0; i < 4; i++) {
            LITERALS[i] = LiteralSearch.of(IisHeuristics.literals((i & 1) != 0, (i & 2) != 0));
        }
    }

    IisLineRule() {
        super(null);
    }

    @Override
    LiteralSearch literals(String path, String fields) {
        boolean backEnd = IisLogFormat.siteName(path).equals("Exchange Back End");
        boolean methodThenStem =
                fields != null && (" " + fields + " ").contains(" cs-method cs-uri-stem ");
        return LITERALS[(backEnd ? 1 : 0) | (methodThenStem ? 2 : 0)];
    }

    @Override
    boolean apply(Candidate c, List<Finding> found) {
        Row row = c.row();
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
        List<String> matched = IisHeuristics.match(r, c.raw());
        if (matched.isEmpty()) {
            return true;
        }
        found.add(
                new Finding(
                        FindingKind.IIS_HEURISTIC,
                        time(row),
                        str(row, "cIP"),
                        c.file(),
                        c.line(),
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
