package org.hygiene.lessons.exercise.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.hygiene.core.text.LiteralSplitter;

/**
 * Several answers of one type, in any order, separated by commas, semicolons, new lines or "and"
 * (and by spaces, for types whose answers hold none). With {@code all}, exactly the accepted items
 * are right; with {@code any}, one or more of them and nothing else.
 */
public record SetAnswer(AnswerType item, boolean any) implements AnswerType {
    private static final int MAX_ITEMS = 200;

    @Override
    public String name() {
        return "set";
    }

    @Override
    public String form() {
        return (any ? "one or more of " : "a list of ") + plural() + ", separated by commas";
    }

    private String plural() {
        return switch (item.name()) {
            case "ip" -> "IP addresses";
            case "path" -> "Windows paths";
            case "number" -> "numbers";
            case "timestamp" -> "dates and times";
            default -> "items";
        };
    }

    @Override
    public boolean hashable() {
        return item.hashable();
    }

    /** Split an answer into its items, as written. */
    public List<String> split(String raw) {
        String s = Texts.unwrap(raw);
        if (s.startsWith("[") && s.endsWith("]") && !item.name().equals("path")) {
            s = s.substring(1, s.length() - 1);
        }
        List<String> out = new ArrayList<>();
        for (String piece : splitOn(s, ",;\n|")) {
            for (String p : splitAnd(piece)) {
                if (spaceSeparates()) {
                    for (String w : splitOn(p, " ")) {
                        add(out, w);
                    }
                } else {
                    add(out, p);
                }
            }
        }
        return out;
    }

    private static List<String> splitOn(String s, String separators) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= s.length(); i++) {
            if (i == s.length() || separators.indexOf(s.charAt(i)) >= 0) {
                out.add(s.substring(start, i));
                start = i + 1;
            }
        }
        return out;
    }

    private boolean spaceSeparates() {
        return item.name().equals("ip");
    }

    private static List<String> splitAnd(String piece) {
        List<String> out = new ArrayList<>();
        String rest = piece;
        int i;
        while ((i = rest.toLowerCase(java.util.Locale.ROOT).indexOf(" and ")) >= 0) {
            out.add(rest.substring(0, i));
            rest = rest.substring(i + 5);
        }
        String r = rest.strip();
        out.add(r.regionMatches(true, 0, "and ", 0, 4) ? r.substring(4) : r);
        return out;
    }

    private static void add(List<String> out, String s) {
        String t = s.strip();
        if (!t.isEmpty()) {
            out.add(t);
        }
    }

    @Override
    public Normalized normalize(String raw) {
        List<String> parts = split(raw);
        if (parts.isEmpty()) {
            return Normalized.bad("The answer is empty.");
        }
        if (parts.size() > MAX_ITEMS) {
            return Normalized.bad("That is too many items.");
        }
        Set<String> items = new TreeSet<>();
        for (String p : parts) {
            Normalized n = item.normalize(p);
            if (n instanceof Normalized.Bad bad) {
                return Normalized.bad("'" + Texts.shorten(p) + "': " + bad.why());
            }
            items.add(((Normalized.Ok) n).value());
        }
        return Normalized.ok(String.join("\n", items));
    }

    @Override
    public Verdict check(String raw, AnswerKey key) {
        Normalized n =
                raw == null || raw.isBlank()
                        ? Normalized.bad("There is no answer yet.")
                        : normalize(raw);
        if (n instanceof Normalized.Bad bad) {
            return Verdict.wrongForm(bad.why() + " Answer with " + form() + ".");
        }
        List<String> given = List.of(LiteralSplitter.split(((Normalized.Ok) n).value(), '\n'));
        List<String> accepted = item.canonical(expand(key.answers()));
        int right = 0;
        List<String> extra = new ArrayList<>();
        for (String g : given) {
            boolean ok =
                    accepted.stream().anyMatch(a -> item.matches(g, a)) || item.hashAccepts(g, key);
            if (ok) {
                right++;
            } else {
                extra.add(g);
            }
        }
        for (String g : extra) {
            for (AnswerKey.Wrong w : key.wrong()) {
                if (item.normalize(w.answer()) instanceof Normalized.Ok ok
                        && item.matches(g, ok.value())) {
                    return Verdict.wrong(w.feedback());
                }
            }
        }
        int total = accepted.size() + key.hashes().size();
        if (any) {
            if (right > 0 && extra.isEmpty()) {
                return Verdict.correct();
            }
            return Verdict.wrong(
                    extra.isEmpty()
                            ? "None of those is one of them."
                            : extra.size()
                                    + " of your "
                                    + given.size()
                                    + " items "
                                    + (extra.size() == 1 ? "does" : "do")
                                    + " not belong.");
        }
        if (right == total && extra.isEmpty() && given.size() == total) {
            return Verdict.correct();
        }
        StringBuilder s =
                new StringBuilder("You have " + Math.min(right, total) + " of the " + total + ".");
        if (!extra.isEmpty()) {
            s.append(' ')
                    .append(extra.size())
                    .append(extra.size() == 1 ? " item does" : " items do")
                    .append(" not belong.");
        }
        return Verdict.wrong(s.toString());
    }

    /** The key lists items one per entry, or several in one entry: treat both the same. */
    private List<String> expand(List<String> answers) {
        List<String> out = new ArrayList<>();
        for (String a : answers) {
            out.addAll(split(a));
        }
        return out;
    }

    @Override
    public List<String> validate(AnswerKey key) {
        List<String> problems = new ArrayList<>();
        for (String a : expand(key.answers())) {
            if (item.normalize(a) instanceof Normalized.Bad bad) {
                problems.add("the item '" + a + "' is not " + item.form() + ": " + bad.why());
            }
        }
        if (!key.hashes().isEmpty() && !hashable()) {
            problems.add(
                    "these items are compared with a tolerance; use 'answer', not 'answer-hash'");
        }
        return problems;
    }
}
