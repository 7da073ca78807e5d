package org.hygiene.core.markdown.highlight;

import java.util.Locale;
import java.util.Set;

/** Colour PowerShell or KQL: comments, strings, keywords, numbers, variables, commands. */
final class ScriptHighlighter implements Highlighter {
    enum Dialect {
        POWERSHELL,
        KQL
    }

    private static final Set<String> PS_KEYWORDS =
            Set.of(
                    "begin",
                    "break",
                    "catch",
                    "class",
                    "continue",
                    "data",
                    "do",
                    "dynamicparam",
                    "else",
                    "elseif",
                    "end",
                    "exit",
                    "filter",
                    "finally",
                    "for",
                    "foreach",
                    "from",
                    "function",
                    "if",
                    "in",
                    "param",
                    "process",
                    "return",
                    "switch",
                    "throw",
                    "trap",
                    "try",
                    "until",
                    "using",
                    "while",
                    "$true",
                    "$false",
                    "$null");

    private static final Set<String> PS_OPERATORS =
            Set.of(
                    "eq",
                    "ne",
                    "gt",
                    "ge",
                    "lt",
                    "le",
                    "like",
                    "notlike",
                    "match",
                    "notmatch",
                    "contains",
                    "notcontains",
                    "in",
                    "notin",
                    "replace",
                    "split",
                    "join",
                    "and",
                    "or",
                    "not",
                    "xor",
                    "is",
                    "isnot",
                    "as",
                    "band",
                    "bor",
                    "f",
                    "ieq",
                    "ine",
                    "ilike",
                    "imatch",
                    "ceq",
                    "cne",
                    "clike",
                    "cmatch");

    private static final Set<String> KQL_KEYWORDS =
            Set.of(
                    "where",
                    "project",
                    "project-away",
                    "project-rename",
                    "project-reorder",
                    "extend",
                    "summarize",
                    "by",
                    "count",
                    "take",
                    "limit",
                    "sort",
                    "order",
                    "asc",
                    "desc",
                    "top",
                    "join",
                    "kind",
                    "on",
                    "let",
                    "union",
                    "distinct",
                    "render",
                    "parse",
                    "with",
                    "has",
                    "!has",
                    "contains",
                    "!contains",
                    "startswith",
                    "!startswith",
                    "endswith",
                    "!endswith",
                    "matches",
                    "regex",
                    "in",
                    "!in",
                    "in~",
                    "has_any",
                    "has_all",
                    "between",
                    "and",
                    "or",
                    "not",
                    "inner",
                    "leftouter",
                    "rightouter",
                    "fullouter",
                    "innerunique",
                    "leftanti",
                    "leftsemi",
                    "mv-expand",
                    "search",
                    "datatable",
                    "true",
                    "false",
                    "nulls",
                    "first",
                    "last",
                    "contains_cs",
                    "has_cs",
                    "getschema",
                    "evaluate",
                    "as",
                    "serialize",
                    "invoke",
                    "print",
                    "range",
                    "step",
                    "to",
                    "materialize");

    private final Dialect dialect;

    ScriptHighlighter(Dialect dialect) {
        this.dialect = dialect;
    }

    @Override
    public HighlightKind[] classify(String code) {
        Scanner sc = new Scanner(code);
        while (sc.more()) {
            int before = sc.pos;
            if (dialect == Dialect.POWERSHELL) {
                powershell(sc);
            } else {
                kql(sc);
            }
            if (sc.pos == before) {
                sc.pos++;
            }
        }
        return sc.kinds;
    }

    private static void powershell(Scanner sc) {
        char c = sc.peek();
        if (sc.at("<#")) {
            sc.until("#>", HighlightKind.COMMENT);
        } else if (c == '#') {
            sc.toLineEnd(HighlightKind.COMMENT);
        } else if (sc.at("@\"") || sc.at("@'")) {
            String end = sc.peek(1) + "@";
            int start = sc.pos;
            sc.pos += 2;
            sc.until(end, HighlightKind.STRING);
            sc.mark(start, sc.pos, HighlightKind.STRING);
        } else if (c == '"') {
            sc.quoted('"', '`', HighlightKind.STRING);
        } else if (c == '\'') {
            sc.quoted('\'', '\0', HighlightKind.STRING);
        } else if (c == '$' && (Scanner.wordStart(sc.peek(1)) || sc.peek(1) == '{')) {
            int start = sc.pos++;
            if (sc.peek() == '{') {
                sc.until("}", HighlightKind.VARIABLE);
            } else {
                String name = sc.word(":");
                if (PS_KEYWORDS.contains("$" + name.toLowerCase(Locale.ROOT))) {
                    sc.mark(start, sc.pos, HighlightKind.KEYWORD);
                    return;
                }
            }
            sc.mark(start, sc.pos, HighlightKind.VARIABLE);
        } else if (c == '-' && Scanner.wordStart(sc.peek(1)) && !wordBefore(sc)) {
            int start = sc.pos++;
            String name = sc.word("");
            boolean operator = PS_OPERATORS.contains(name.toLowerCase(Locale.ROOT));
            sc.mark(start, sc.pos, operator ? HighlightKind.KEYWORD : HighlightKind.ATTRIBUTE);
        } else if (Character.isDigit(c)) {
            sc.number();
        } else if (Scanner.wordStart(c)) {
            int start = sc.pos;
            String word = sc.word("-");
            if (PS_KEYWORDS.contains(word.toLowerCase(Locale.ROOT))) {
                sc.mark(start, sc.pos, HighlightKind.KEYWORD);
            } else if (word.indexOf('-') > 0 && !word.endsWith("-")) {
                sc.mark(start, sc.pos, HighlightKind.FUNCTION); // Verb-Noun cmdlet
            }
        } else if ("|;{}()[],=".indexOf(c) >= 0) {
            sc.mark(sc.pos, sc.pos + 1, HighlightKind.PUNCTUATION);
            sc.pos++;
        }
    }

    private static boolean wordBefore(Scanner sc) {
        return sc.pos > 0
                && (Character.isLetterOrDigit(sc.s.charAt(sc.pos - 1))
                        || sc.s.charAt(sc.pos - 1) == '_');
    }

    private static void kql(Scanner sc) {
        char c = sc.peek();
        if (sc.at("//")) {
            sc.toLineEnd(HighlightKind.COMMENT);
        } else if (sc.at("@\"") || sc.at("@'")) {
            int start = sc.pos++;
            sc.quoted(sc.peek(), '\0', HighlightKind.STRING);
            sc.mark(start, sc.pos, HighlightKind.STRING);
        } else if (c == '"' || c == '\'') {
            sc.quoted(c, '\\', HighlightKind.STRING);
        } else if (Character.isDigit(c)) {
            sc.number();
        } else if (Scanner.wordStart(c) || (c == '!' && Scanner.wordStart(sc.peek(1)))) {
            int start = sc.pos;
            if (c == '!') {
                sc.pos++;
            }
            String word = sc.word("-~");
            String lower = sc.s.substring(start, sc.pos).toLowerCase(Locale.ROOT);
            int after = sc.pos;
            while (after < sc.s.length() && sc.s.charAt(after) == ' ') {
                after++;
            }
            if (KQL_KEYWORDS.contains(lower)) {
                sc.mark(start, sc.pos, HighlightKind.KEYWORD);
            } else if (after < sc.s.length() && sc.s.charAt(after) == '(') {
                sc.mark(start, sc.pos, HighlightKind.FUNCTION);
            } else if (word.contains("-") && !KQL_KEYWORDS.contains(lower)) {
                // "a-b" is subtraction in KQL, not one word: give back what follows the hyphen.
                sc.pos = sc.pos - word.length() + word.indexOf('-');
            }
        } else if ("|=<>!~".indexOf(c) >= 0) {
            sc.mark(sc.pos, sc.pos + 1, HighlightKind.PUNCTUATION);
            sc.pos++;
        }
    }
}
