package org.hygiene.lessons.check;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hygiene.core.text.JsonText;

/**
 * The whole result as one JSON document, for scripts and SIEMs. Strings are escaped to ASCII, so
 * nothing in a log can reach a terminal as a control sequence.
 */
final class JsonReport {
    private JsonReport() {}

    static void print(Results r, String computer, PrintWriter out) {
        CheckVerdict verdict = CheckVerdict.of(r);
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("computer", computer);
        doc.put("verdict", verdict.name().toLowerCase());
        doc.put("exitStatus", verdict.status());
        List<Object> checks = new ArrayList<>();
        for (Check check : Check.values()) {
            checks.add(check(r, check));
        }
        doc.put("checks", checks);
        List<Object> ages = new ArrayList<>();
        for (Results.Age a : r.ages()) {
            Map<String, Object> age = new LinkedHashMap<>();
            age.put("source", a.source());
            age.put("oldest", a.oldest() == null ? null : a.oldest().toString());
            age.put("newest", a.newest() == null ? null : a.newest().toString());
            age.put("files", a.files());
            ages.add(age);
        }
        doc.put("logAge", ages);
        Map<String, Object> files = new LinkedHashMap<>();
        files.put("read", r.files());
        files.put("bytes", r.bytes());
        files.put("unrecognised", r.unrecognisedCount());
        files.put("tables", new LinkedHashMap<>(r.tables()));
        doc.put("files", files);
        doc.put("unreadable", r.unreadable());
        doc.put("unchecked", r.unchecked());
        out.println(JsonText.prettyAscii(doc));
        out.flush();
    }

    private static Map<String, Object> check(Results r, Check check) {
        // Suspicious files are for an administrator to judge, never confirmed hits.
        String found = check == Check.OTHER_FILES ? "to-review" : "suspicious";
        String status =
                r.count(check) > 0 ? found : TextReport.covered(r, check) ? "clean" : "not-checked";
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", check.id());
        m.put("status", status);
        m.put("count", r.count(check));
        m.put("heuristic", !check.cve());
        List<Object> items = new ArrayList<>();
        for (FindingKind kind : FindingKind.values()) {
            if (kind.check() != check) {
                continue;
            }
            for (Finding f : r.findings(kind)) {
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("kind", kind.name());
                item.put("time", f.time() == null ? null : f.time().toString());
                item.put("address", f.address());
                item.put("file", f.file());
                item.put("line", f.line());
                Map<String, Object> values = new LinkedHashMap<>();
                for (int i = 0; i < kind.columns().size(); i++) {
                    values.put(kind.columns().get(i), f.values().get(i));
                }
                item.put("values", values);
                items.add(item);
            }
        }
        m.put("findings", items);
        return m;
    }
}
