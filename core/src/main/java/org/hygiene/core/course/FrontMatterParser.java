package org.hygiene.core.course;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hygiene.core.text.LiteralSplitter;
import org.hygiene.core.yaml.SmallYamlParser;
import org.hygiene.core.yaml.SourceLine;
import org.hygiene.core.yaml.YamlNode;

/**
 * Parse the front matter of a content file: a block between two {@code ---} lines at the top, in
 * the small YAML subset authors need ({@code key: value}, {@code key: [a, b]}, and a key followed
 * by {@code - item} lines), read by the course's one small-YAML reader ({@link SmallYamlParser}),
 * which gives every entry its line.
 */
public final class FrontMatterParser {

    /** The result: the front matter, the Markdown body after it, and any problems. */
    /**
     * The front matter, the body after it (starting on {@code bodyLine}) and the problems found.
     * {@code unclosed}: the file opens a front matter that no {@code ---} line closes, so the body
     * is empty; a preview shows the whole file instead of nothing.
     */
    public record Result(
            FrontMatter frontMatter,
            String body,
            int bodyLine,
            List<Problem> problems,
            boolean unclosed) {
        public Result(FrontMatter frontMatter, String body, int bodyLine, List<Problem> problems) {
            this(frontMatter, body, bodyLine, problems, false);
        }
    }

    private FrontMatterParser() {}

    public static Result parse(String file, String text) {
        String source = stripBom(text).replace("\r\n", "\n").replace('\r', '\n');
        String[] lines = LiteralSplitter.split(source, '\n', -1);
        if (lines.length == 0 || !lines[0].strip().equals("---")) {
            return new Result(FrontMatter.EMPTY, source, 1, List.of());
        }
        int close = -1;
        List<SourceLine> yaml = new ArrayList<>();
        for (int i = 1; i < lines.length && close < 0; i++) {
            if (lines[i].strip().equals("---")) {
                close = i;
            } else {
                yaml.add(new SourceLine(lines[i], i + 1, 0));
            }
        }
        SmallYamlParser.Result parsed = SmallYamlParser.parse(yaml);
        List<Problem> problems = new ArrayList<>();
        for (SmallYamlParser.Issue issue : parsed.issues()) {
            problems.add(new Problem(file, issue.line(), issue.column(), issue.message()));
        }
        Map<String, FrontMatter.Entry> entries = new LinkedHashMap<>();
        for (YamlNode.Entry e : parsed.root().entries().values()) {
            FrontMatter.Entry entry = entry(e, lines, file, problems);
            if (entry != null) {
                entries.put(e.key(), entry);
            }
        }
        if (close < 0) {
            // Without its closing line every later line reads as a bad key: report the cause only.
            problems.clear();
            problems.add(
                    new Problem(
                            file, 1, 1, "front matter is not closed: add a line '---' after it"));
            return new Result(new FrontMatter(entries, 1), "", lines.length + 1, problems, true);
        }
        StringBuilder body = new StringBuilder();
        for (int i = close + 1; i < lines.length; i++) {
            body.append(lines[i]);
            if (i + 1 < lines.length) {
                body.append('\n');
            }
        }
        return new Result(new FrontMatter(entries, 1), body.toString(), close + 2, problems);
    }

    /** One entry as front matter holds it: text, or a list of texts; null (reported) otherwise. */
    private static FrontMatter.Entry entry(
            YamlNode.Entry e, String[] lines, String file, List<Problem> problems) {
        if (e.value() instanceof YamlNode.Scalar s) {
            String raw = lines[s.line() - 1];
            boolean quoted =
                    s.column() <= raw.length() && "\"'".indexOf(raw.charAt(s.column() - 1)) >= 0;
            if (s.text().isEmpty()) {
                return new FrontMatter.Entry(e.key(), List.of(), true, e.line());
            }
            if (!quoted && s.text().startsWith("[")) {
                return flowList(e, s, file, problems);
            }
            return new FrontMatter.Entry(e.key(), List.of(s.text()), false, e.line());
        }
        if (e.value() instanceof YamlNode.Sequence seq) {
            List<String> items = new ArrayList<>();
            for (YamlNode item : seq.items()) {
                if (item instanceof YamlNode.Scalar s) {
                    items.add(s.text());
                } else {
                    problems.add(
                            new Problem(
                                    file,
                                    item.line(),
                                    item.column(),
                                    "'"
                                            + e.key()
                                            + "' items should be text, not "
                                            + YamlNode.describe(item)));
                }
            }
            return new FrontMatter.Entry(e.key(), items, true, e.line());
        }
        problems.add(
                new Problem(
                        file,
                        e.line(),
                        e.column(),
                        "'" + e.key() + "' should be text or a list, not keyed entries"));
        return null;
    }

    /** {@code [a, "b", c]} on one line. */
    private static FrontMatter.Entry flowList(
            YamlNode.Entry e, YamlNode.Scalar s, String file, List<Problem> problems) {
        String value = s.text();
        if (!value.endsWith("]")) {
            problems.add(new Problem(file, s.line(), s.column(), "unclosed '[' in list"));
            return null;
        }
        List<String> items = new ArrayList<>();
        String inner = value.substring(1, value.length() - 1).strip();
        if (!inner.isEmpty()) {
            for (String item : LiteralSplitter.split(inner, ',', -1)) {
                items.add(unquote(item.strip()));
            }
        }
        return new FrontMatter.Entry(e.key(), items, true, e.line());
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
