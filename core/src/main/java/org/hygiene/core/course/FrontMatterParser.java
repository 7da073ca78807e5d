package org.hygiene.core.course;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parse the front matter of a content file: a block between two {@code ---} lines at the top, in
 * the small YAML subset authors need ({@code key: value}, {@code key: [a, b]}, and a key followed
 * by {@code - item} lines). A full YAML library would accept far more than we can check, and would
 * not give us line numbers for every entry.
 */
public final class FrontMatterParser {

    /** The result: the front matter, the Markdown body after it, and any problems. */
    public record Result(
            FrontMatter frontMatter, String body, int bodyLine, List<Problem> problems) {}

    private FrontMatterParser() {}

    public static Result parse(String file, String text) {
        String source = stripBom(text).replace("\r\n", "\n").replace('\r', '\n');
        String[] lines = source.split("\n", -1);
        if (lines.length == 0 || !lines[0].strip().equals("---")) {
            return new Result(FrontMatter.EMPTY, source, 1, List.of());
        }
        List<Problem> problems = new ArrayList<>();
        Map<String, FrontMatter.Entry> entries = new LinkedHashMap<>();
        int close = -1;
        String listKey = null;
        int listLine = 0;
        List<String> listValues = null;
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i];
            int lineNo = i + 1;
            if (line.strip().equals("---")) {
                close = i;
                break;
            }
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            String trimmed = line.strip();
            if (trimmed.startsWith("- ") || trimmed.equals("-")) {
                if (listValues == null) {
                    problems.add(
                            new Problem(
                                    file,
                                    lineNo,
                                    indent(line) + 1,
                                    "list item without a key above it"));
                } else {
                    listValues.add(unquote(trimmed.substring(1).strip()));
                }
                continue;
            }
            if (listValues != null) {
                put(
                        entries,
                        new FrontMatter.Entry(listKey, listValues, true, listLine),
                        file,
                        problems);
                listValues = null;
            }
            int colon = trimmed.indexOf(':');
            if (colon <= 0) {
                problems.add(new Problem(file, lineNo, indent(line) + 1, "expected 'key: value'"));
                continue;
            }
            String key = trimmed.substring(0, colon).strip();
            if (!key.matches("[A-Za-z][A-Za-z0-9_-]*")) {
                problems.add(
                        new Problem(file, lineNo, indent(line) + 1, "invalid key '" + key + "'"));
                continue;
            }
            String value = trimmed.substring(colon + 1).strip();
            if (value.isEmpty()) {
                listKey = key;
                listLine = lineNo;
                listValues = new ArrayList<>();
            } else if (value.startsWith("[")) {
                if (!value.endsWith("]")) {
                    problems.add(
                            new Problem(
                                    file, lineNo, line.indexOf('[') + 1, "unclosed '[' in list"));
                    continue;
                }
                List<String> items = new ArrayList<>();
                String inner = value.substring(1, value.length() - 1).strip();
                if (!inner.isEmpty()) {
                    for (String item : inner.split(",")) {
                        items.add(unquote(item.strip()));
                    }
                }
                put(entries, new FrontMatter.Entry(key, items, true, lineNo), file, problems);
            } else {
                put(
                        entries,
                        new FrontMatter.Entry(key, List.of(unquote(value)), false, lineNo),
                        file,
                        problems);
            }
        }
        if (listValues != null) {
            put(
                    entries,
                    new FrontMatter.Entry(listKey, listValues, true, listLine),
                    file,
                    problems);
        }
        if (close < 0) {
            // Without its closing line every later line reads as a bad key: report the cause only.
            problems.clear();
            problems.add(
                    new Problem(
                            file, 1, 1, "front matter is not closed: add a line '---' after it"));
            return new Result(new FrontMatter(entries, 1, 0), "", lines.length + 1, problems);
        }
        StringBuilder body = new StringBuilder();
        for (int i = close + 1; i < lines.length; i++) {
            body.append(lines[i]);
            if (i + 1 < lines.length) {
                body.append('\n');
            }
        }
        return new Result(
                new FrontMatter(entries, 1, close + 1), body.toString(), close + 2, problems);
    }

    private static void put(
            Map<String, FrontMatter.Entry> entries,
            FrontMatter.Entry entry,
            String file,
            List<Problem> problems) {
        if (entries.containsKey(entry.key())) {
            problems.add(new Problem(file, entry.line(), 1, "duplicate key '" + entry.key() + "'"));
        } else {
            entries.put(entry.key(), entry);
        }
    }

    private static int indent(String line) {
        return line.length() - line.stripLeading().length();
    }

    private static String unquote(String value) {
        if (value.length() >= 2
                && ((value.startsWith("\"") && value.endsWith("\""))
                        || (value.startsWith("'") && value.endsWith("'")))) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }

    static String stripBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
