package org.hygiene.lessons.hunt.shell;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hygiene.lessons.hunt.HuntEngine;
import org.hygiene.lessons.hunt.lang.Lexer;
import org.hygiene.lessons.hunt.lang.Parser;
import org.hygiene.lessons.hunt.lang.QueryException;
import org.hygiene.lessons.hunt.lang.ResultColumn;
import org.hygiene.lessons.hunt.lang.Token;
import org.hygiene.lessons.hunt.lang.TokenKind;
import org.hygiene.lessons.logs.Column;
import org.hygiene.lessons.logs.LogTable;

/**
 * Decide what may come at the cursor of a partly typed query, and list it: tables at the start,
 * operators after {@code |}, the columns flowing at that point (worked out by planning the query up
 * to its last {@code |}) and functions inside an operator, predicates after a value.
 */
final class QueryCompletion {
    /** What a candidate is, for grouping and description. */
    enum Kind {
        TABLE,
        OPERATOR,
        COLUMN,
        FUNCTION,
        KEYWORD,
        COMMAND
    }

    record Suggestion(String value, Kind kind, String description) {}

    private static final Set<String> EXPECT_VALUE =
            Set.of(
                    "where",
                    "filter",
                    "extend",
                    "project",
                    "project-away",
                    "project-keep",
                    "project-rename",
                    "by",
                    "and",
                    "or",
                    "distinct",
                    "summarize",
                    "not",
                    "take",
                    "limit",
                    "top");

    private final HuntEngine engine;
    private final List<String> commands;

    QueryCompletion(HuntEngine engine, List<String> commands) {
        this.engine = engine;
        this.commands = commands;
    }

    /** Everything that may start at {@code wordStart} of {@code line}. */
    List<Suggestion> suggest(String line, int wordStart) {
        String before = line.substring(0, wordStart);
        List<Suggestion> out = new ArrayList<>();
        if (line.stripLeading().startsWith(".")) {
            if (before.isBlank()) {
                commands.forEach(c -> out.add(new Suggestion(c, Kind.COMMAND, "command")));
            } else if (before.stripLeading().startsWith(".schema")) {
                tables(out);
            }
            return out;
        }
        List<Token> tokens = new ArrayList<>();
        for (Token t : Lexer.tokenizeLenient(before)) {
            if (t.kind() != TokenKind.COMMENT && t.kind() != TokenKind.EOF) {
                tokens.add(t);
            }
        }
        int statementStart = 0;
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).is(";")) {
                statementStart = i + 1;
            }
        }
        List<Token> statement = tokens.subList(statementStart, tokens.size());
        if (statement.isEmpty()) {
            tables(out);
            for (String k : List.of("let", "union", "search")) {
                out.add(new Suggestion(k, Kind.KEYWORD, "starts a query"));
            }
            if (tokens.isEmpty()) {
                commands.forEach(c -> out.add(new Suggestion(c, Kind.COMMAND, "command")));
            }
            return out;
        }
        Token prev = statement.get(statement.size() - 1);
        String segmentOperator = segmentOperator(statement);
        if (prev.is("|")) {
            Parser.OPERATORS.forEach(o -> out.add(new Suggestion(o, Kind.OPERATOR, "operator")));
            return out;
        }
        if (prev.is("sort") || prev.is("order")) {
            out.add(new Suggestion("by", Kind.KEYWORD, ""));
            return out;
        }
        if ("union".equals(segmentOperator)
                || (statement.get(0).is("search") && statement.size() <= 3)
                        && (prev.is("(") || prev.is(","))) {
            tables(out);
            return out;
        }
        if (prev.is("let") || (statement.get(0).is("let") && statement.size() == 2)) {
            return out;
        }
        boolean expectValue =
                prev.kind() == TokenKind.SYMBOL && !prev.is(")") && !prev.is("]")
                        || prev.kind() == TokenKind.IDENT
                                && (EXPECT_VALUE.contains(prev.text())
                                        || Parser.PREDICATES.contains(prev.text()));
        if (statement.get(0).is("let") && statement.size() == 3 && prev.is("=")) {
            tables(out);
        }
        if (expectValue) {
            columns(before, statement, out);
            for (String f : HuntEngine.functionNames()) {
                out.add(new Suggestion(f + "(", Kind.FUNCTION, "function"));
            }
            return out;
        }
        Parser.PREDICATES.forEach(p -> out.add(new Suggestion(p, Kind.KEYWORD, "predicate")));
        for (String k : List.of("and", "or", "by", "asc", "desc")) {
            out.add(new Suggestion(k, Kind.KEYWORD, ""));
        }
        return out;
    }

    /** The tabular operator of the segment the cursor is in (after the last {@code |}). */
    private static String segmentOperator(List<Token> statement) {
        for (int i = statement.size() - 1; i >= 0; i--) {
            if (statement.get(i).is("|")) {
                return i + 1 < statement.size() ? statement.get(i + 1).text() : null;
            }
        }
        return statement.get(0).text();
    }

    private void tables(List<Suggestion> out) {
        for (LogTable t : engine.tables()) {
            out.add(new Suggestion(t.name(), Kind.TABLE, "table"));
        }
    }

    private void columns(String before, List<Token> statement, List<Suggestion> out) {
        Set<String> names = new LinkedHashSet<>();
        int lastPipe = -1;
        int depth = 0;
        for (Token t : statement) {
            if (t.is("(")) {
                depth++;
            } else if (t.is(")")) {
                depth--;
            } else if (t.is("|") && depth == 0) {
                lastPipe = t.start();
            }
        }
        boolean planned = false;
        if (lastPipe >= 0) {
            try {
                for (ResultColumn c : engine.prepare(before.substring(0, lastPipe)).columns()) {
                    names.add(c.name());
                }
                planned = true;
            } catch (QueryException e) {
                planned = false;
            }
        }
        if (!planned) {
            String first = statement.get(0).text();
            for (LogTable t : engine.tables()) {
                if (lastPipe < 0 || first.equals(t.name()) || engine.table(first).isEmpty()) {
                    for (Column c : t.schema().columns()) {
                        names.add(c.name());
                    }
                }
            }
        }
        for (String n : names) {
            out.add(new Suggestion(n, Kind.COLUMN, "column"));
        }
    }
}
