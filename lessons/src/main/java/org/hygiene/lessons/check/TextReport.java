package org.hygiene.lessons.check;

import static org.hygiene.core.text.Sanitizer.clean;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The summary for people, shaped like Test-ProxyLogon's console output: a status line per check,
 * then counts, time span and source addresses. Suspicious files are listed to review, never as
 * hits. Every text from the evidence is sanitised.
 */
final class TextReport {
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss'Z'").withZone(ZoneOffset.UTC);
    private static final int SHOWN = 5;

    private TextReport() {}

    static void print(Results r, String computer, Duration took, PrintWriter out) {
        ReportWrap.print(out, "ProxyLogon Status: Exchange Server " + clean(computer));
        ReportWrap.print(
                out,
                String.format(
                        java.util.Locale.ROOT,
                        "  Read %d log files (%s) in %.1f s%s",
                        r.files(),
                        ByteCounts.human(r.bytes()),
                        took.toMillis() / 1000.0,
                        r.unrecognisedCount() > 0
                                ? "; " + r.unrecognisedCount() + " other files skipped"
                                : ""));
        CheckVerdict verdict = CheckVerdict.of(r);
        if (verdict != CheckVerdict.SUSPICIOUS) {
            out.println(
                    verdict == CheckVerdict.CLEAN
                            ? "  Nothing suspicious detected"
                            : "  Nothing suspicious detected in what could be read (see below)");
        }
        for (Check check : Check.values()) {
            if (!check.cve()) {
                continue;
            }
            long n = r.count(check);
            if (n > 0) {
                out.println(
                        "  ["
                                + check.id()
                                + "] Suspicious activity found in "
                                + check.where()
                                + "!");
                for (FindingKind kind : FindingKind.values()) {
                    if (kind.check() == check) {
                        details(r, kind, out);
                    }
                }
            } else if (!covered(r, check)) {
                out.println("  [" + check.id() + "] Not checked: no " + check.needs() + " found");
            } else {
                out.println("  [" + check.id() + "] Nothing suspicious");
            }
        }
        heuristics(r, out);
        otherFiles(r, out);
        ages(r, out);
        problems(r, out);
        out.flush();
    }

    static boolean covered(Results r, Check check) {
        switch (check) {
            case CVE_2021_26855:
                return r.hasTable("HttpProxy");
            case CVE_2021_26857:
                return r.hasTable("Event");
            case CVE_2021_26858:
                return r.hasTable("OabGenerator");
            case CVE_2021_27065:
                return r.hasTable("HttpProxy") || r.hasTable("EcpServer");
            case IIS_HEURISTICS:
                return r.hasTable("W3CIISLog");
            default:
                return r.hasTable("Files");
        }
    }

    private static void details(Results r, FindingKind kind, PrintWriter out) {
        Results.Tally t = r.tally(kind);
        if (t == null) {
            return;
        }
        ReportWrap.print(
                out,
                "      " + t.count + (t.count == 1 ? " hit: " : " hits: ") + kind.label() + span(t),
                // A time is kept whole, date with its hour.
                time(t.first),
                time(t.last));
        if (!t.addresses.isEmpty()) {
            List<String> shown = new ArrayList<>();
            t.addresses.entrySet().stream()
                    // Most hits first, ties by address: workers finish in any order, the report
                    // must not.
                    .sorted(
                            Map.Entry.<String, Long>comparingByValue()
                                    .reversed()
                                    .thenComparing(Map.Entry.comparingByKey()))
                    .limit(SHOWN)
                    .forEach(e -> shown.add(clean(e.getKey()) + " (" + e.getValue() + ")"));
            String more = t.addresses.size() > SHOWN ? ", ..." : "";
            ReportWrap.print(
                    out,
                    "      from "
                            + t.addresses.size()
                            + " "
                            + (t.addresses.size() == 1 ? "address: " : "addresses: ")
                            + String.join(", ", shown)
                            + more);
        }
        List<Finding> list = r.findings(kind);
        for (int i = 0; i < Math.min(SHOWN, list.size()); i++) {
            Finding f = list.get(i);
            String where = clean(f.where());
            ReportWrap.print(out, "      " + where + "  " + clean(gist(f)), where);
        }
        if (list.size() > SHOWN || t.count > list.size()) {
            out.println(
                    "      ... and "
                            + (t.count - Math.min(SHOWN, list.size()))
                            + " more (--out DIR writes them all)");
        }
    }

    private static String gist(Finding f) {
        List<String> v = f.values();
        switch (f.kind()) {
            case SSRF:
            case RESET_VDIR:
                return v.get(7) + " " + v.get(8);
            case ECP_SCRIPT:
            case OAB_DOWNLOAD:
                return shorten(v.get(1));
            case UM_ERROR:
                return shorten(v.get(2));
            case IIS_HEURISTIC:
                return v.get(0) + " " + v.get(3) + " " + v.get(4) + " " + v.get(7);
            default:
                return v.get(0) + " " + v.get(1);
        }
    }

    private static void heuristics(Results r, PrintWriter out) {
        Results.Tally t = r.tally(FindingKind.IIS_HEURISTIC);
        if (t == null) {
            out.println(
                    "  Heuristics: "
                            + (covered(r, Check.IIS_HEURISTICS)
                                    ? "no IIS request matches a published ProxyLogon rule"
                                    : "no IIS logs found"));
            return;
        }
        out.println("  Heuristics (IIS, published rules; a lead to follow, not a verdict):");
        details(r, FindingKind.IIS_HEURISTIC, out);
    }

    private static void otherFiles(Results r, PrintWriter out) {
        long n = r.count(Check.OTHER_FILES);
        if (n == 0) {
            return;
        }
        out.println("  Other suspicious files found: " + n + " (to review; not confirmed hits)");
        // Grouped by type, so each path has a line of its own to fit in.
        int shown = 0;
        for (FindingKind kind : List.of(FindingKind.LSASS_DUMP, FindingKind.SUSPICIOUS_ARCHIVE)) {
            String type = "";
            for (Finding f : r.findings(kind)) {
                if (shown++ >= 2 * SHOWN) {
                    break;
                }
                if (!type.equals(f.values().get(0))) {
                    type = f.values().get(0);
                    ReportWrap.print(out, "    " + clean(type) + ":");
                }
                String path = clean(f.values().get(1));
                ReportWrap.print(out, "      " + path, path);
            }
        }
    }

    private static void ages(Results r, PrintWriter out) {
        List<Results.Age> ages = r.ages();
        if (ages.isEmpty()) {
            return;
        }
        out.println("  How far back the logs go (UTC):");
        LogAgeTable.lines(ages).forEach(out::println);
    }

    private static void problems(Results r, PrintWriter out) {
        if (r.uncheckedCount() > 0) {
            out.println(
                    "  Lines that may hold a hit but could not be checked: " + r.uncheckedCount());
            r.unchecked().stream().limit(SHOWN).forEach(u -> listed(out, u));
        }
        if (!r.unreadable().isEmpty()) {
            out.println("  Could not read " + r.unreadable().size() + ":");
            r.unreadable().stream().limit(20).forEach(u -> listed(out, u));
        }
        if (r.files() == 0) {
            out.println("  No Exchange, IIS, event or file-listing log was found.");
        }
    }

    /** A "file: reason" line, the file kept whole. */
    private static void listed(PrintWriter out, String fileAndReason) {
        String line = clean(fileAndReason);
        int colon = line.indexOf(": ");
        ReportWrap.print(out, "      " + line, colon > 0 ? line.substring(0, colon) : "");
    }

    private static String span(Results.Tally t) {
        if (t.first == null) {
            return "";
        }
        return t.first.equals(t.last)
                ? " at " + TIME.format(t.first)
                : ", " + TIME.format(t.first) + " to " + TIME.format(t.last);
    }

    private static String shorten(String s) {
        return s.length() > 120 ? s.substring(0, 117) + "..." : s;
    }

    static String time(Instant t) {
        return t == null ? "" : TIME.format(t);
    }
}
