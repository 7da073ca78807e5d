package org.hygiene.quiz.format;

import java.util.Map;

/**
 * Show quizdown's KaTeX math ({@code $x$} inline, {@code $$...$$} as a block) readably in a
 * terminal: the common TeX commands become Unicode ({@code \sqrt{x}} is √(x), {@code \frac{a}{b}}
 * is a/b, {@code x^2} is x²) inside a code span, so Markdown leaves it alone. Dollars follow
 * pandoc's rule (an opening {@code $} is followed by a non-space, a closing one is preceded by a
 * non-space and not followed by a digit), so "$5 and $10" stays money. Code is left alone, and the
 * number of lines never changes, so positions in the file stay right.
 */
public final class MathText {
    private static final Map<String, String> SYMBOLS =
            Map.ofEntries(
                    Map.entry("cdot", "·"),
                    Map.entry("times", "×"),
                    Map.entry("div", "÷"),
                    Map.entry("pm", "±"),
                    Map.entry("leq", "≤"),
                    Map.entry("le", "≤"),
                    Map.entry("geq", "≥"),
                    Map.entry("ge", "≥"),
                    Map.entry("neq", "≠"),
                    Map.entry("ne", "≠"),
                    Map.entry("approx", "≈"),
                    Map.entry("infty", "∞"),
                    Map.entry("sum", "Σ"),
                    Map.entry("prod", "Π"),
                    Map.entry("int", "∫"),
                    Map.entry("rightarrow", "→"),
                    Map.entry("to", "→"),
                    Map.entry("leftarrow", "←"),
                    Map.entry("in", "∈"),
                    Map.entry("alpha", "α"),
                    Map.entry("beta", "β"),
                    Map.entry("gamma", "γ"),
                    Map.entry("delta", "δ"),
                    Map.entry("epsilon", "ε"),
                    Map.entry("theta", "θ"),
                    Map.entry("lambda", "λ"),
                    Map.entry("mu", "μ"),
                    Map.entry("pi", "π"),
                    Map.entry("sigma", "σ"),
                    Map.entry("phi", "φ"),
                    Map.entry("omega", "ω"),
                    Map.entry("Delta", "Δ"),
                    Map.entry("Sigma", "Σ"),
                    Map.entry("Omega", "Ω"),
                    Map.entry("left", ""),
                    Map.entry("right", ""),
                    Map.entry(",", " "),
                    Map.entry(";", " "),
                    Map.entry("quad", "  "));
    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";
    private static final String SUBSCRIPTS = "₀₁₂₃₄₅₆₇₈₉";

    private MathText() {}

    /** The Markdown with its math made readable. */
    public static String readable(String markdown) {
        if (markdown.indexOf('$') < 0) {
            return markdown;
        }
        String[] lines = org.hygiene.core.text.LiteralSplitter.split(markdown, '\n', -1);
        StringBuilder out = new StringBuilder(markdown.length());
        boolean inFence = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String s = line.stripLeading();
            if (s.startsWith("```") || s.startsWith("~~~")) {
                inFence = !inFence;
            } else if (!inFence && s.strip().equals("$$")) {
                int close = i + 1;
                while (close < lines.length && !lines[close].strip().equals("$$")) {
                    close++;
                }
                if (close < lines.length) {
                    StringBuilder tex = new StringBuilder();
                    for (int j = i + 1; j < close; j++) {
                        tex.append(lines[j].strip()).append(' ');
                    }
                    // Keep the line count: the formula on the first line, blank lines after.
                    out.append('`').append(tex(tex.toString().strip())).append('`');
                    for (int j = i; j < close; j++) {
                        out.append('\n');
                    }
                    i = close;
                    if (i + 1 < lines.length) {
                        out.append('\n');
                    }
                    continue;
                }
            }
            out.append(inFence ? line : inline(line));
            if (i + 1 < lines.length) {
                out.append('\n');
            }
        }
        return out.toString();
    }

    private static String inline(String line) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == '`') {
                int run = run(line, i, '`');
                int close = line.indexOf("`".repeat(run), i + run);
                int end = close < 0 ? line.length() : close + run;
                out.append(line, i, end);
                i = end;
                continue;
            }
            if (c == '\\' && i + 1 < line.length() && line.charAt(i + 1) == '$') {
                out.append("\\$");
                i += 2;
                continue;
            }
            if (c == '$') {
                boolean display = i + 1 < line.length() && line.charAt(i + 1) == '$';
                String delimiter = display ? "$$" : "$";
                int from = i + delimiter.length();
                int close = closing(line, from, delimiter);
                if (close > 0) {
                    out.append('`').append(tex(line.substring(from, close))).append('`');
                    i = close + delimiter.length();
                    continue;
                }
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    private static int closing(String line, int from, String delimiter) {
        if (from >= line.length() || Character.isWhitespace(line.charAt(from))) {
            return -1;
        }
        int at = line.indexOf(delimiter, from);
        while (at > 0) {
            boolean spaceBefore = Character.isWhitespace(line.charAt(at - 1));
            int after = at + delimiter.length();
            boolean digitAfter = after < line.length() && Character.isDigit(line.charAt(after));
            if (!spaceBefore && !digitAfter && line.charAt(at - 1) != '\\') {
                return at;
            }
            at = line.indexOf(delimiter, at + 1);
        }
        return -1;
    }

    private static int run(String s, int i, char c) {
        int j = i;
        while (j < s.length() && s.charAt(j) == c) {
            j++;
        }
        return j - i;
    }

    /** Convert TeX to readable text. */
    static String tex(String tex) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < tex.length()) {
            char c = tex.charAt(i);
            if (c == '\\') {
                int j = i + 1;
                while (j < tex.length() && Character.isLetter(tex.charAt(j))) {
                    j++;
                }
                if (j == i + 1 && j < tex.length()) {
                    j++; // a one-character command: \, \; \{
                }
                String name = tex.substring(i + 1, j);
                i = j;
                if (name.equals("frac")) {
                    String[] a = new String[2];
                    for (int k = 0; k < 2; k++) {
                        int end = group(tex, i);
                        a[k] = tex(tex.substring(i, end).strip());
                        a[k] = strip(a[k]);
                        i = end;
                    }
                    out.append(wrap(a[0])).append('/').append(wrap(a[1]));
                } else if (name.equals("sqrt")) {
                    int end = group(tex, i);
                    out.append("√(").append(strip(tex(tex.substring(i, end).strip()))).append(')');
                    i = end;
                } else if (name.equals("{") || name.equals("}") || name.equals("$")) {
                    out.append(name);
                } else {
                    out.append(SYMBOLS.getOrDefault(name, name));
                }
            } else if ((c == '^' || c == '_') && i + 1 < tex.length()) {
                int end = group(tex, i + 1);
                String inner = strip(tex(tex.substring(i + 1, end).strip()));
                out.append(script(inner, c == '^'));
                i = end;
            } else if (c == '{' || c == '}') {
                i++;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** The end of the group at {@code i}: a {@code {...}} block, or one character. */
    private static int group(String tex, int i) {
        while (i < tex.length() && tex.charAt(i) == ' ') {
            i++;
        }
        if (i >= tex.length()) {
            return i;
        }
        if (tex.charAt(i) != '{') {
            return i + 1;
        }
        int depth = 0;
        for (int j = i; j < tex.length(); j++) {
            if (tex.charAt(j) == '{') {
                depth++;
            } else if (tex.charAt(j) == '}' && --depth == 0) {
                return j + 1;
            }
        }
        return tex.length();
    }

    private static String strip(String s) {
        String t = s.strip();
        return t.startsWith("{") && t.endsWith("}") ? t.substring(1, t.length() - 1) : t;
    }

    private static String wrap(String s) {
        return s.length() <= 1 || s.chars().allMatch(Character::isLetterOrDigit)
                ? s
                : "(" + s + ")";
    }

    private static String script(String s, boolean up) {
        String digits = up ? SUPERSCRIPTS : SUBSCRIPTS;
        StringBuilder out = new StringBuilder();
        for (char ch : s.toCharArray()) {
            if (ch >= '0' && ch <= '9') {
                out.append(digits.charAt(ch - '0'));
            } else {
                return (up ? "^" : "_") + (s.length() == 1 ? s : "(" + s + ")");
            }
        }
        return out.toString();
    }
}
