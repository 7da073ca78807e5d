package org.hygiene.lessons.hunt.lang;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Split query text into tokens with their offsets. In lenient mode (for the highlighter and
 * completion) it never fails: unreadable text becomes {@link TokenKind#ERROR} tokens.
 */
public final class Lexer {
    private static final List<String> SYMBOLS =
            List.of(
                    "==", "!=", "<>", "=~", "!~", "<=", ">=", "..", "|", "(", ")", "[", "]", ",",
                    ";", ".", "=", "<", ">", "+", "-", "*", "/", "%", ":", "~", "{", "}");
    private static final Map<String, Long> UNIT_NANOS =
            Map.ofEntries(
                    Map.entry("d", 86_400_000_000_000L),
                    Map.entry("day", 86_400_000_000_000L),
                    Map.entry("days", 86_400_000_000_000L),
                    Map.entry("h", 3_600_000_000_000L),
                    Map.entry("hr", 3_600_000_000_000L),
                    Map.entry("hrs", 3_600_000_000_000L),
                    Map.entry("hour", 3_600_000_000_000L),
                    Map.entry("hours", 3_600_000_000_000L),
                    Map.entry("m", 60_000_000_000L),
                    Map.entry("min", 60_000_000_000L),
                    Map.entry("minute", 60_000_000_000L),
                    Map.entry("minutes", 60_000_000_000L),
                    Map.entry("s", 1_000_000_000L),
                    Map.entry("sec", 1_000_000_000L),
                    Map.entry("second", 1_000_000_000L),
                    Map.entry("seconds", 1_000_000_000L),
                    Map.entry("ms", 1_000_000L),
                    Map.entry("milli", 1_000_000L),
                    Map.entry("millis", 1_000_000L),
                    Map.entry("millisecond", 1_000_000L),
                    Map.entry("milliseconds", 1_000_000L),
                    Map.entry("microsecond", 1_000L),
                    Map.entry("microseconds", 1_000L),
                    Map.entry("tick", 100L),
                    Map.entry("ticks", 100L));

    private final String src;
    private final boolean lenient;
    private int pos;

    private Lexer(String src, boolean lenient) {
        this.src = src;
        this.lenient = lenient;
    }

    /** Tokenize, failing on the first unreadable character; comments are dropped. */
    public static List<Token> tokenize(String query) throws QueryException {
        List<Token> all = new Lexer(query, false).run();
        all.removeIf(t -> t.kind() == TokenKind.COMMENT);
        return all;
    }

    /** Tokenize without ever failing, keeping comments and errors (for display). */
    public static List<Token> tokenizeLenient(String query) {
        try {
            return new Lexer(query, true).run();
        } catch (QueryException e) {
            throw new IllegalStateException("lenient lexing cannot fail", e);
        }
    }

    private List<Token> run() throws QueryException {
        List<Token> out = new ArrayList<>();
        while (true) {
            skipSpace();
            if (pos >= src.length()) {
                out.add(new Token(TokenKind.EOF, "", null, pos, pos));
                return out;
            }
            Token t = next(out);
            out.add(t);
            // datetime(2021-03-03 06:49) holds raw text that is not made of tokens.
            if (t.is("(") && out.size() >= 2 && isDatetimeWord(out.get(out.size() - 2))) {
                Token raw = rawUntilParen();
                if (raw != null) {
                    out.add(raw);
                }
            }
        }
    }

    private static boolean isDatetimeWord(Token t) {
        return t.kind() == TokenKind.IDENT && t.text().equals("datetime");
    }

    private Token rawUntilParen() {
        int save = pos;
        skipSpace();
        if (pos < src.length() && (src.charAt(pos) == '"' || src.charAt(pos) == '\'')) {
            pos = save;
            return null;
        }
        int start = pos;
        int close = src.indexOf(')', pos);
        int end = close < 0 ? src.length() : close;
        pos = end;
        String text = src.substring(start, end);
        return new Token(TokenKind.STRING, text, text.strip(), start, end);
    }

    private void skipSpace() {
        while (pos < src.length() && Character.isWhitespace(src.charAt(pos))) {
            pos++;
        }
    }

    private Token next(List<Token> sofar) throws QueryException {
        int start = pos;
        char c = src.charAt(pos);
        if (c == '/' && pos + 1 < src.length() && src.charAt(pos + 1) == '/') {
            int nl = src.indexOf('\n', pos);
            pos = nl < 0 ? src.length() : nl;
            return new Token(TokenKind.COMMENT, src.substring(start, pos), null, start, pos);
        }
        if (c == '"' || c == '\'') {
            return string(start, false);
        }
        if ((c == '@' || c == 'h' || c == 'H')
                && pos + 1 < src.length()
                && (src.charAt(pos + 1) == '"' || src.charAt(pos + 1) == '\'')) {
            pos++;
            Token t = string(start, c == '@');
            return t;
        }
        if (isAsciiDigit(c)) {
            return number(start);
        }
        if (isIdentStart(c)) {
            return word(start);
        }
        if (c == '!' && pos + 1 < src.length() && Character.isLetter(src.charAt(pos + 1))) {
            pos++;
            Token w = word(pos);
            return new Token(TokenKind.IDENT, "!" + w.text(), null, start, w.end());
        }
        for (String s : SYMBOLS) {
            if (src.startsWith(s, pos)) {
                pos += s.length();
                return new Token(TokenKind.SYMBOL, s, null, start, pos);
            }
        }
        pos++;
        if (lenient) {
            return new Token(TokenKind.ERROR, src.substring(start, pos), null, start, pos);
        }
        throw new QueryException("unexpected character '" + printable(c) + "'", start, pos);
    }

    private static String printable(char c) {
        return c < 0x20 || c == 0x7f ? String.format("\\u%04x", (int) c) : String.valueOf(c);
    }

    private static boolean isIdentStart(char c) {
        return Character.isLetter(c) || c == '_' || c == '$';
    }

    private static boolean isIdentPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    private Token word(int start) {
        pos = start;
        while (pos < src.length()
                && (isIdentPart(src.charAt(pos)) || (pos == start && src.charAt(pos) == '$'))) {
            pos++;
        }
        String text = src.substring(start, pos);
        // KQL spells some operators with a hyphen: project-away, project-rename, ...
        if (text.equals("project") || text.equals("mv")) {
            for (String tail : List.of("-away", "-rename", "-keep", "-reorder", "-expand")) {
                if (src.startsWith(tail, pos)
                        && (pos + tail.length() >= src.length()
                                || !isIdentPart(src.charAt(pos + tail.length())))) {
                    pos += tail.length();
                    text += tail;
                    break;
                }
            }
        }
        if ((text.equals("in") || text.equals("!in"))
                && pos < src.length()
                && src.charAt(pos) == '~') {
            pos++;
            text += "~";
        }
        return new Token(TokenKind.IDENT, text, null, start, pos);
    }

    private Token number(int start) throws QueryException {
        while (pos < src.length() && isAsciiDigit(src.charAt(pos))) {
            pos++;
        }
        boolean real = false;
        if (pos + 1 < src.length() && src.charAt(pos) == '.' && isAsciiDigit(src.charAt(pos + 1))) {
            real = true;
            pos++;
            while (pos < src.length() && isAsciiDigit(src.charAt(pos))) {
                pos++;
            }
        }
        if (pos < src.length() && (src.charAt(pos) == 'e' || src.charAt(pos) == 'E')) {
            int save = pos;
            pos++;
            if (pos < src.length() && (src.charAt(pos) == '+' || src.charAt(pos) == '-')) {
                pos++;
            }
            if (pos < src.length() && isAsciiDigit(src.charAt(pos))) {
                real = true;
                while (pos < src.length() && isAsciiDigit(src.charAt(pos))) {
                    pos++;
                }
            } else {
                pos = save;
            }
        }
        String digits = src.substring(start, pos);
        int unitStart = pos;
        while (pos < src.length() && Character.isLetter(src.charAt(pos))) {
            pos++;
        }
        String unit = src.substring(unitStart, pos).toLowerCase(Locale.ROOT);
        if (!unit.isEmpty()) {
            Long nanos = UNIT_NANOS.get(unit);
            if (nanos == null) {
                if (lenient) {
                    return new Token(TokenKind.ERROR, src.substring(start, pos), null, start, pos);
                }
                throw new QueryException(
                        "unknown timespan unit '"
                                + unit
                                + "' (use d, h, m, s, ms, microsecond or tick)",
                        unitStart,
                        pos);
            }
            double amount = Double.parseDouble(digits);
            if (amount * nanos >= Long.MAX_VALUE) {
                // Math.round would quietly stop at 292 years; a wrong span is worse than an error.
                if (lenient) {
                    return new Token(TokenKind.ERROR, src.substring(start, pos), null, start, pos);
                }
                throw new QueryException(
                        "timespan too large: the largest is 106751d (about 292 years)", start, pos);
            }
            Duration d = Duration.ofNanos(Math.round(amount * nanos));
            return new Token(TokenKind.TIMESPAN, src.substring(start, pos), d, start, pos);
        }
        if (real) {
            return new Token(TokenKind.REAL, digits, Double.parseDouble(digits), start, pos);
        }
        try {
            return new Token(TokenKind.LONG, digits, Long.parseLong(digits), start, pos);
        } catch (NumberFormatException e) {
            if (lenient) {
                return new Token(TokenKind.ERROR, digits, null, start, pos);
            }
            throw new QueryException("number too large for a long", start, pos);
        }
    }

    private Token string(int start, boolean verbatim) throws QueryException {
        char quote = src.charAt(pos);
        pos++;
        StringBuilder value = new StringBuilder();
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (c == '\n') {
                break;
            }
            if (c == quote) {
                if (verbatim && pos + 1 < src.length() && src.charAt(pos + 1) == quote) {
                    value.append(quote);
                    pos += 2;
                    continue;
                }
                pos++;
                return new Token(
                        TokenKind.STRING, src.substring(start, pos), value.toString(), start, pos);
            }
            if (c == '\\' && !verbatim && pos + 1 < src.length()) {
                char e = src.charAt(pos + 1);
                switch (e) {
                    case 'n' -> value.append('\n');
                    case 't' -> value.append('\t');
                    case 'r' -> value.append('\r');
                    case '\\', '"', '\'' -> value.append(e);
                    default -> {
                        if (!lenient) {
                            throw new QueryException(
                                    "unknown escape '\\"
                                            + printable(e)
                                            + "' in a string (use \\\\ for a backslash, or a"
                                            + " verbatim @\"...\" string)",
                                    pos,
                                    pos + 2);
                        }
                        value.append(e);
                    }
                }
                pos += 2;
                continue;
            }
            value.append(c);
            pos++;
        }
        if (lenient) {
            return new Token(
                    TokenKind.STRING, src.substring(start, pos), value.toString(), start, pos);
        }
        throw new QueryException(
                "this string is never closed: add a " + quote + " at its end", start, pos);
    }

    /**
     * A digit of a number literal: ASCII only. Character.isDigit also takes other scripts' digits
     * (the Arabic-Indic 2), which Double.parseDouble refuses (found by fuzzing: "19" U+06F2 ".0").
     */
    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
