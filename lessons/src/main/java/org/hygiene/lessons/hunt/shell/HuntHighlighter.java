package org.hygiene.lessons.hunt.shell;

import java.util.List;
import java.util.Set;
import org.hygiene.lessons.hunt.HuntEngine;
import org.hygiene.lessons.hunt.lang.Lexer;
import org.hygiene.lessons.hunt.lang.Parser;
import org.hygiene.lessons.hunt.lang.Token;
import org.jline.reader.LineReader;
import org.jline.reader.impl.DefaultHighlighter;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/** Colour a query as it is typed: tables, operators, functions, strings, numbers, comments. */
// Extends DefaultHighlighter so that its java.util.regex error-pattern hooks stay out of our code.
final class HuntHighlighter extends DefaultHighlighter {
    static final AttributedStyle TABLE = AttributedStyle.BOLD.foreground(AttributedStyle.GREEN);
    static final AttributedStyle OPERATOR = AttributedStyle.BOLD.foreground(AttributedStyle.BLUE);
    static final AttributedStyle KEYWORD =
            AttributedStyle.DEFAULT.foreground(AttributedStyle.MAGENTA);
    static final AttributedStyle FUNCTION =
            AttributedStyle.DEFAULT.foreground(AttributedStyle.YELLOW);
    static final AttributedStyle STRING = AttributedStyle.DEFAULT.foreground(AttributedStyle.GREEN);
    static final AttributedStyle NUMBER = AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN);
    static final AttributedStyle COMMENT = AttributedStyle.DEFAULT.faint();
    static final AttributedStyle ERROR =
            AttributedStyle.DEFAULT.foreground(AttributedStyle.RED).underline();
    private static final Set<String> KEYWORDS =
            Set.of(
                    "and",
                    "or",
                    "by",
                    "asc",
                    "desc",
                    "let",
                    "nulls",
                    "first",
                    "last",
                    "regex",
                    "true",
                    "false",
                    "kind",
                    "withsource");

    private final HuntEngine engine;

    HuntHighlighter(HuntEngine engine) {
        this.engine = engine;
    }

    @Override
    public AttributedString highlight(LineReader reader, String buffer) {
        return highlight(buffer);
    }

    AttributedString highlight(String buffer) {
        AttributedStringBuilder b = new AttributedStringBuilder();
        if (buffer.stripLeading().startsWith(".")) {
            return new AttributedString(buffer, AttributedStyle.BOLD);
        }
        List<Token> tokens = Lexer.tokenizeLenient(buffer);
        int at = 0;
        Token prev = null;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            b.append(buffer.substring(at, Math.min(t.start(), buffer.length())));
            Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
            b.styled(
                    style(t, prev, next),
                    buffer.substring(t.start(), Math.min(t.end(), buffer.length())));
            at = Math.min(t.end(), buffer.length());
            if (t.kind() != org.hygiene.lessons.hunt.lang.TokenKind.COMMENT) {
                prev = t;
            }
        }
        if (at < buffer.length()) {
            b.append(buffer.substring(at));
        }
        return b.toAttributedString();
    }

    private AttributedStyle style(Token t, Token prev, Token next) {
        return switch (t.kind()) {
            case STRING -> STRING;
            case LONG, REAL, TIMESPAN -> NUMBER;
            case COMMENT -> COMMENT;
            case ERROR -> ERROR;
            case IDENT -> {
                String s = t.text();
                if (prev != null && prev.is("|") && Parser.OPERATORS.contains(s)) {
                    yield OPERATOR;
                }
                if (engine.table(s).isPresent()) {
                    yield TABLE;
                }
                if (next != null && next.is("(")) {
                    yield FUNCTION;
                }
                if (KEYWORDS.contains(s)
                        || Parser.PREDICATES.contains(s)
                        || s.equals("matches")
                        || (prev == null && (s.equals("union") || s.equals("search")))) {
                    yield KEYWORD;
                }
                yield AttributedStyle.DEFAULT;
            }
            case SYMBOL -> t.is("|") ? OPERATOR : AttributedStyle.DEFAULT;
            default -> AttributedStyle.DEFAULT;
        };
    }
}
