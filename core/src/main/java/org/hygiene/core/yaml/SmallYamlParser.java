package org.hygiene.core.yaml;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Read the small YAML subset that authors write, in front matter and exercise blocks alike: {@code
 * key: value} lines, block text after {@code |} or {@code >}, plain text continued on more-indented
 * lines, quoted text, and lists of {@code - item} lines whose items may hold keys of their own.
 * Anything else is reported with its position and skipped, so one mistake never hides the rest. The
 * one small-YAML reader of the course: a full YAML library would accept far more than we can check,
 * and would not give us a position for every value.
 */
public final class SmallYamlParser {
    /** A problem at a position of the lesson file. */
    public record Issue(int line, int column, String message) {}

    /** The parsed entries and the problems found. */
    public record Result(YamlNode.Mapping root, List<Issue> issues) {}

    private static final int MAX_DEPTH = 8;

    private final List<SourceLine> lines;
    private final List<Issue> issues = new ArrayList<>();
    private int pos;
    private int depth;

    private SmallYamlParser(List<SourceLine> lines) {
        this.lines = new ArrayList<>(lines);
    }

    /** Parse the lines of one block; never throws, whatever the input. */
    public static Result parse(List<SourceLine> lines) {
        SmallYamlParser p = new SmallYamlParser(lines);
        for (int i = 0; i < p.lines.size(); i++) {
            SourceLine l = p.lines.get(i);
            int tab = leadingTab(l.text());
            if (tab >= 0) {
                p.issue(l, tab, "indent with spaces, not tabs");
                p.lines.set(
                        i, new SourceLine(l.text().replace('\t', ' '), l.line(), l.columnOffset()));
            }
        }
        int firstLine = lines.isEmpty() ? 0 : lines.get(0).line();
        int firstCol = lines.isEmpty() ? 0 : lines.get(0).columnOf(0);
        Map<String, YamlNode.Entry> entries = new LinkedHashMap<>(p.mapping(0, 0, 0).entries());
        while (p.pos < p.lines.size()) {
            // A stray line ends the top-level keys: report it, then read on, so the keys after it
            // still count.
            SourceLine l = p.lines.get(p.pos++);
            String t = l.text().strip();
            if (!isSkippable(t)) {
                p.issue(
                        l,
                        indentOf(l.text()),
                        isDash(t)
                                ? "list item without a key above it"
                                : "unexpected line; expected 'key: value'");
            }
            for (YamlNode.Entry e : p.mapping(0, 0, 0).entries().values()) {
                if (entries.containsKey(e.key())) {
                    p.issues.add(
                            new Issue(
                                    e.line(),
                                    e.column(),
                                    "'" + e.key() + "' is given twice; keep one"));
                } else {
                    entries.put(e.key(), e);
                }
            }
        }
        // In the order of the file, as an author reads them (a stable sort: one line keeps its
        // order).
        p.issues.sort(Comparator.comparingInt(Issue::line).thenComparingInt(Issue::column));
        return new Result(
                new YamlNode.Mapping(entries, firstLine, firstCol), List.copyOf(p.issues));
    }

    private YamlNode.Mapping mapping(int indent, int line, int column) {
        Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
        depth++;
        while (nextContent()) {
            SourceLine l = lines.get(pos);
            String text = l.text();
            int ind = indentOf(text);
            if (ind < indent || (ind == indent && isDash(text.substring(ind)))) {
                break;
            }
            if (ind > indent) {
                issue(l, ind, "unexpected indentation; keys of one block line up");
                pos++;
                continue;
            }
            String rest = text.substring(ind);
            if (!startsWithKey(rest)) {
                issue(l, ind, "expected 'key: value', found '" + shorten(rest) + "'");
                pos++;
                continue;
            }
            int colon = rest.indexOf(':');
            String key = rest.substring(0, colon);
            String after = rest.substring(colon + 1);
            int valueIndex = ind + colon + 1 + leadingSpaces(after);
            pos++;
            YamlNode value = value(after.strip(), indent, l, valueIndex);
            if (entries.containsKey(key)) {
                issue(l, ind, "'" + key + "' is given twice; keep one");
            } else {
                entries.put(key, new YamlNode.Entry(key, l.line(), l.columnOf(ind), value));
            }
        }
        depth--;
        return new YamlNode.Mapping(entries, line, column);
    }

    private YamlNode value(String rest, int indent, SourceLine l, int index) {
        int line = l.line();
        int column = l.columnOf(Math.min(index, l.text().length()));
        if (rest.startsWith("|") || rest.startsWith(">")) {
            String chomp = rest.substring(1);
            if (!chomp.isEmpty() && !chomp.equals("+") && !chomp.equals("-")) {
                issue(l, index, "after '" + rest.charAt(0) + "' start the text on the next line");
            }
            return blockText(indent, rest.charAt(0) == '>', line, column);
        }
        if (rest.isEmpty()) {
            if (nextContent() && depth < MAX_DEPTH) {
                SourceLine next = lines.get(pos);
                int ind = indentOf(next.text());
                String t = next.text().substring(ind);
                if (isDash(t) && ind >= indent) {
                    return sequence(ind, next.line(), next.columnOf(ind));
                }
                if (ind > indent && startsWithKey(t)) {
                    return mapping(ind, next.line(), next.columnOf(ind));
                }
            }
            return new YamlNode.Scalar("", line, column);
        }
        if (rest.startsWith("\"") || rest.startsWith("'")) {
            return new YamlNode.Scalar(quoted(rest, l, index), line, column);
        }
        StringBuilder text = new StringBuilder(rest);
        while (pos < lines.size()) {
            String next = lines.get(pos).text();
            if (next.isBlank() || indentOf(next) <= indent) {
                break;
            }
            text.append(' ').append(next.strip());
            pos++;
        }
        return new YamlNode.Scalar(text.toString(), line, column);
    }

    private YamlNode.Sequence sequence(int indent, int line, int column) {
        List<YamlNode> items = new ArrayList<>();
        depth++;
        while (nextContent()) {
            SourceLine l = lines.get(pos);
            int ind = indentOf(l.text());
            String t = l.text().substring(ind);
            if (ind != indent || !isDash(t)) {
                break;
            }
            String after = t.substring(1);
            int itemIndex = ind + 1 + leadingSpaces(after);
            if (startsWithKey(after.strip()) && depth < MAX_DEPTH) {
                // Blank the dash so the item's keys line up with the lines that follow it.
                lines.set(
                        pos,
                        new SourceLine(" ".repeat(ind + 1) + after, l.line(), l.columnOffset()));
                items.add(mapping(itemIndex, l.line(), l.columnOf(itemIndex)));
            } else {
                pos++;
                items.add(value(after.strip(), indent, l, itemIndex));
            }
        }
        depth--;
        return new YamlNode.Sequence(items, line, column);
    }

    private YamlNode.Scalar blockText(int indent, boolean folded, int line, int column) {
        List<String> body = new ArrayList<>();
        int blockIndent = -1;
        int firstLine = line;
        int firstCol = column;
        while (pos < lines.size()) {
            SourceLine l = lines.get(pos);
            String text = l.text();
            if (!text.isBlank()) {
                int ind = indentOf(text);
                if (ind <= indent) {
                    break;
                }
                if (blockIndent < 0) {
                    blockIndent = ind;
                    firstLine = l.line();
                    firstCol = l.columnOf(ind);
                }
                body.add(text.substring(Math.min(blockIndent, ind)));
            } else {
                body.add("");
            }
            pos++;
        }
        while (!body.isEmpty() && body.get(body.size() - 1).isEmpty()) {
            body.remove(body.size() - 1);
            pos--;
        }
        return new YamlNode.Scalar(
                folded ? fold(body) : String.join("\n", body), firstLine, firstCol);
    }

    private static String fold(List<String> body) {
        StringBuilder s = new StringBuilder();
        boolean joinable = false;
        for (String b : body) {
            if (b.isEmpty()) {
                s.append('\n');
                joinable = false;
            } else {
                if (joinable) {
                    s.append(' ');
                }
                s.append(b.strip());
                joinable = true;
            }
        }
        return s.toString();
    }

    private String quoted(String rest, SourceLine l, int index) {
        char q = rest.charAt(0);
        StringBuilder out = new StringBuilder();
        int i = 1;
        for (; i < rest.length(); i++) {
            char c = rest.charAt(i);
            if (c == q) {
                if (q == '\'' && i + 1 < rest.length() && rest.charAt(i + 1) == '\'') {
                    out.append('\'');
                    i++;
                    continue;
                }
                break;
            }
            if (c == '\\' && q == '"' && i + 1 < rest.length()) {
                char e = rest.charAt(++i);
                out.append(
                        switch (e) {
                            case 'n' -> '\n';
                            case 't' -> '\t';
                            default -> e;
                        });
                continue;
            }
            out.append(c);
        }
        if (i >= rest.length()) {
            issue(l, index, "the quoted text is not closed; end it with " + q);
        } else if (!rest.substring(i + 1).isBlank()) {
            issue(l, index + i + 1, "unexpected text after the closing quote");
        }
        return out.toString();
    }

    /** Move past blank and comment lines; true if a content line follows. */
    private boolean nextContent() {
        while (pos < lines.size() && isSkippable(lines.get(pos).text())) {
            pos++;
        }
        return pos < lines.size();
    }

    /** Whether {@code text} starts with a key and its colon: {@code [A-Za-z][A-Za-z0-9_-]*:}. */
    private static boolean startsWithKey(String text) {
        if (text.isEmpty() || !isAsciiLetter(text.charAt(0))) {
            return false;
        }
        int i = 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (!isAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '_' && c != '-') {
                break;
            }
            i++;
        }
        return i < text.length()
                && text.charAt(i) == ':'
                && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)));
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isSkippable(String text) {
        String t = text.strip();
        return t.isEmpty() || t.startsWith("#");
    }

    private static boolean isDash(String t) {
        return t.equals("-") || t.startsWith("- ");
    }

    private static int indentOf(String text) {
        return leadingSpaces(text);
    }

    private static int leadingSpaces(String text) {
        int i = 0;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    private static int leadingTab(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\t') {
                return i;
            }
            if (c != ' ') {
                return -1;
            }
        }
        return -1;
    }

    private static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 37) + "..." : s;
    }

    private void issue(SourceLine l, int index, String message) {
        issues.add(new Issue(l.line(), l.columnOf(index), message));
    }
}
