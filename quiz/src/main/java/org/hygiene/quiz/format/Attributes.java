package org.hygiene.quiz.format;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A trailing attribute block such as {@code {#ssrf-cve points=2 type=text}}, after a heading or an
 * option (the Pandoc and kramdown style). Text that merely ends in braces, such as code, is left
 * alone: every token must be {@code #id} or {@code key=value}.
 */
record Attributes(String text, Map<String, String> values) {
    private static final Pattern BARE_VALUE = Pattern.compile("[^\\s\"{}]+");

    private static final Pattern TRAILING =
            Pattern.compile("\\s*\\{((?:[^{}\"]|\"[^\"]*\")*)\\}\\s*$");
    private static final Pattern TOKEN =
            Pattern.compile(
                    "\\s*(?:#([A-Za-z0-9][A-Za-z0-9_-]*)|([A-Za-z][A-Za-z0-9_-]*)=(\"[^\"]*\"|[^\\s\"]+))\\s*");

    /** Split {@code text} into the text before the block and the block's values. */
    static Attributes split(String text) {
        Matcher m = TRAILING.matcher(text);
        if (!m.find() || m.group(1).isBlank()) {
            return new Attributes(text, Map.of());
        }
        Optional<Map<String, String>> values = tokens(m.group(1));
        if (values.isEmpty()) {
            return new Attributes(text, Map.of());
        }
        return new Attributes(text.substring(0, m.start()), values.get());
    }

    private static Optional<Map<String, String>> tokens(String inner) {
        Map<String, String> values = new LinkedHashMap<>();
        Matcher t = TOKEN.matcher(inner);
        int at = 0;
        while (at < inner.length()) {
            if (!t.find(at) || t.start() != at || t.end() == at) {
                return Optional.empty();
            }
            if (t.group(1) != null) {
                values.put("id", t.group(1));
            } else {
                String v = t.group(3);
                values.put(t.group(2), v.startsWith("\"") ? v.substring(1, v.length() - 1) : v);
            }
            at = t.end();
        }
        return Optional.of(values);
    }

    /** Write values back as a block, or "" when there are none. */
    static String format(Map<String, String> values) {
        if (values.isEmpty()) {
            return "";
        }
        StringBuilder s = new StringBuilder(" {");
        String sep = "";
        for (Map.Entry<String, String> e : values.entrySet()) {
            s.append(sep);
            sep = " ";
            if (e.getKey().equals("id")) {
                s.append('#').append(e.getValue());
            } else {
                String v = e.getValue();
                s.append(e.getKey())
                        .append('=')
                        .append(
                                BARE_VALUE.matcher(v).matches()
                                        ? v
                                        : "\"" + v.replace("\"", "'") + "\"");
            }
        }
        return s.append('}').toString();
    }
}
