package org.hygiene.lessons.check;

import static org.hygiene.lessons.check.Json.str;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The whole result as one JSON document, for scripts and SIEMs. Strings are escaped to ASCII, so
 * nothing in a log can reach a terminal as a control sequence.
 */
final class JsonReport {
    private JsonReport() {}

    static void print(Results r, String computer, PrintWriter out) {
        Verdict verdict = Verdict.of(r);
        out.println("{");
        out.println("  \"computer\": " + str(computer) + ",");
        out.println("  \"verdict\": " + str(verdict.name().toLowerCase()) + ",");
        out.println("  \"exitStatus\": " + verdict.status() + ",");
        out.println("  \"checks\": [");
        List<String> checks = new ArrayList<>();
        for (Check check : Check.values()) {
            checks.add(check(r, check));
        }
        out.println(String.join(",\n", checks));
        out.println("  ],");
        List<String> ages = new ArrayList<>();
        for (Results.Age a : r.ages()) {
            ages.add(
                    "    {\"source\": "
                            + str(a.source())
                            + ", \"oldest\": "
                            + str(a.oldest() == null ? null : a.oldest().toString())
                            + ", \"newest\": "
                            + str(a.newest() == null ? null : a.newest().toString())
                            + ", \"files\": "
                            + a.files()
                            + "}");
        }
        out.println("  \"logAge\": [\n" + String.join(",\n", ages) + "\n  ],");
        out.println(
                "  \"files\": {\"read\": "
                        + r.files()
                        + ", \"bytes\": "
                        + r.bytes()
                        + ", \"unrecognised\": "
                        + r.unrecognisedCount()
                        + ", \"tables\": {"
                        + tables(r.tables())
                        + "}},");
        out.println("  \"unreadable\": " + array(r.unreadable()) + ",");
        out.println("  \"unchecked\": " + array(r.unchecked()));
        out.println("}");
        out.flush();
    }

    private static String check(Results r, Check check) {
        // Suspicious files are for an administrator to judge, never confirmed hits.
        String found = check == Check.OTHER_FILES ? "to-review" : "suspicious";
        String status =
                r.count(check) > 0 ? found : TextReport.covered(r, check) ? "clean" : "not-checked";
        StringBuilder b = new StringBuilder();
        b.append("    {\"id\": ")
                .append(str(check.id()))
                .append(", \"status\": ")
                .append(str(status))
                .append(", \"count\": ")
                .append(r.count(check))
                .append(", \"heuristic\": ")
                .append(!check.cve())
                .append(", \"findings\": [");
        List<String> items = new ArrayList<>();
        for (FindingKind kind : FindingKind.values()) {
            if (kind.check() != check) {
                continue;
            }
            for (Finding f : r.findings(kind)) {
                StringBuilder fb =
                        new StringBuilder("\n      {\"kind\": ")
                                .append(str(kind.name()))
                                .append(", \"time\": ")
                                .append(str(f.time() == null ? null : f.time().toString()))
                                .append(", \"address\": ")
                                .append(str(f.address()))
                                .append(", \"file\": ")
                                .append(str(f.file()))
                                .append(", \"line\": ")
                                .append(f.line())
                                .append(", \"values\": {");
                List<String> pairs = new ArrayList<>();
                for (int i = 0; i < kind.columns().size(); i++) {
                    pairs.add(str(kind.columns().get(i)) + ": " + str(f.values().get(i)));
                }
                items.add(fb.append(String.join(", ", pairs)).append("}}").toString());
            }
        }
        b.append(String.join(",", items));
        return b.append(items.isEmpty() ? "]}" : "\n    ]}").toString();
    }

    private static String tables(Map<String, Long> tables) {
        List<String> pairs = new ArrayList<>();
        tables.forEach((k, v) -> pairs.add(str(k) + ": " + v));
        return String.join(", ", pairs);
    }

    private static String array(List<String> list) {
        List<String> quoted = new ArrayList<>();
        list.forEach(s -> quoted.add(str(s)));
        return "[" + String.join(", ", quoted) + "]";
    }
}
