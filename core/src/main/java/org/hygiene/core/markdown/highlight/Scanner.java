package org.hygiene.core.markdown.highlight;

import java.util.Arrays;

/** A cursor over code with the kinds being assigned; the shared part of every highlighter. */
final class Scanner {
    final String s;
    final HighlightKind[] kinds;
    int pos;

    Scanner(String code) {
        this.s = code;
        this.kinds = new HighlightKind[code.length()];
        Arrays.fill(kinds, HighlightKind.PLAIN);
    }

    boolean more() {
        return pos < s.length();
    }

    char peek() {
        return s.charAt(pos);
    }

    char peek(int ahead) {
        int i = pos + ahead;
        return i < s.length() ? s.charAt(i) : '\0';
    }

    boolean at(String text) {
        return s.startsWith(text, pos);
    }

    void mark(int from, int to, HighlightKind kind) {
        Arrays.fill(kinds, Math.max(0, from), Math.min(to, kinds.length), kind);
    }

    /** Mark up to and including {@code end} (or the end of code) as {@code kind}. */
    void until(String end, HighlightKind kind) {
        int start = pos;
        int found = s.indexOf(end, pos);
        pos = found < 0 ? s.length() : found + end.length();
        mark(start, pos, kind);
    }

    void toLineEnd(HighlightKind kind) {
        int start = pos;
        while (pos < s.length() && s.charAt(pos) != '\n') {
            pos++;
        }
        mark(start, pos, kind);
    }

    /** A quoted string starting at {@code pos}; {@code escape} escapes the next char (or 0). */
    void quoted(char quote, char escape, HighlightKind kind) {
        int start = pos;
        pos++;
        while (pos < s.length()) {
            char c = s.charAt(pos);
            if (escape != 0 && c == escape && pos + 1 < s.length()) {
                pos += 2;
                continue;
            }
            pos++;
            if (c == quote) {
                break;
            }
            if (c == '\n' && escape != 0) {
                break;
            }
        }
        mark(start, pos, kind);
    }

    /** Read a run of word characters (letters, digits, {@code _} and {@code extra}). */
    String word(String extra) {
        int start = pos;
        while (pos < s.length()) {
            char c = s.charAt(pos);
            if (Character.isLetterOrDigit(c) || c == '_' || extra.indexOf(c) >= 0) {
                pos++;
            } else {
                break;
            }
        }
        return s.substring(start, pos);
    }

    /** Mark a number at {@code pos} (digits, dots, hex, and a unit suffix such as 1d or 5KB). */
    void number() {
        int start = pos;
        while (pos < s.length()) {
            char c = s.charAt(pos);
            if (Character.isLetterOrDigit(c) || c == '.' || c == '_') {
                pos++;
            } else {
                break;
            }
        }
        mark(start, pos, HighlightKind.NUMBER);
    }

    static boolean wordStart(char c) {
        return Character.isLetter(c) || c == '_';
    }
}
