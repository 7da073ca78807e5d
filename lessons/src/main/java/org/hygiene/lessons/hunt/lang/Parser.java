package org.hygiene.lessons.hunt.lang;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hygiene.core.text.Suggest;

/**
 * Parse hunt-language text into a {@link Query}. Names are not resolved here (the {@link Planner}
 * does that against the tables), except that {@code let} needs to know the table names to tell a
 * tabular {@code let} from a scalar one.
 */
public final class Parser {
    /** The tabular operators, as typed after a {@code |}. */
    public static final List<String> OPERATORS =
            List.of(
                    "where",
                    "filter",
                    "project",
                    "project-away",
                    "project-keep",
                    "project-rename",
                    "extend",
                    "summarize",
                    "sort",
                    "order",
                    "take",
                    "limit",
                    "top",
                    "distinct",
                    "count",
                    "search",
                    "union");

    /** The string and comparison operators that may follow a scalar. */
    public static final List<String> PREDICATES =
            List.of(
                    "==",
                    "!=",
                    "=~",
                    "!~",
                    "<",
                    "<=",
                    ">",
                    ">=",
                    "contains",
                    "!contains",
                    "contains_cs",
                    "!contains_cs",
                    "has",
                    "!has",
                    "has_cs",
                    "!has_cs",
                    "hasprefix",
                    "!hasprefix",
                    "hassuffix",
                    "!hassuffix",
                    "startswith",
                    "!startswith",
                    "startswith_cs",
                    "!startswith_cs",
                    "endswith",
                    "!endswith",
                    "endswith_cs",
                    "!endswith_cs",
                    "matches",
                    "in",
                    "!in",
                    "in~",
                    "!in~",
                    "between",
                    "!between");

    private static final Set<String> STRING_OPS =
            Set.copyOf(PREDICATES.subList(8, PREDICATES.indexOf("matches")));
    private static final Set<String> COMPARE =
            Set.of("==", "!=", "<>", "=~", "!~", "<", "<=", ">", ">=");

    private final String text;
    private final List<Token> tokens;
    private final Set<String> tableNames;
    private final java.util.Set<String> tabularLets = new java.util.HashSet<>();
    private int i;
    private int depth;
    private int operators;

    private Parser(String text, List<Token> tokens, Set<String> tableNames) {
        this.text = text;
        this.tokens = tokens;
        this.tableNames = tableNames;
    }

    /** Parse a whole query; {@code tableNames} are the tables it may name. */
    public static Query parse(String text, Set<String> tableNames) throws QueryException {
        if (text.length() > QueryBounds.MAX_QUERY_CHARS) {
            throw new QueryException(
                    String.format(
                            java.util.Locale.ROOT,
                            "the query is %,d characters long; the limit is %,d",
                            text.length(),
                            QueryBounds.MAX_QUERY_CHARS),
                    0,
                    0);
        }
        Parser p = new Parser(text, Lexer.tokenize(text), tableNames);
        return p.query();
    }

    private Query query() throws QueryException {
        List<Statement> lets = new ArrayList<>();
        Pipeline body = null;
        while (!peek().kind().equals(TokenKind.EOF)) {
            if (accept(";") != null) {
                continue;
            }
            if (body != null) {
                throw error(
                        "only one tabular expression can follow the let statements; end the query"
                                + " here or join the two with union",
                        peek());
            }
            if (peek().is("let")) {
                lets.add(let());
                if (!peek().kind().equals(TokenKind.EOF)) {
                    expect(";", "a let statement ends with ';'");
                }
            } else {
                body = pipeline();
                if (!peek().kind().equals(TokenKind.EOF) && !peek().is(";")) {
                    Token t = peek();
                    throw error(
                            t.is(")") ? "unbalanced ')'" : "expected '|' before '" + t.text() + "'",
                            t);
                }
            }
        }
        if (body == null) {
            Token end = peek();
            throw new QueryException(
                    lets.isEmpty()
                            ? "empty query: start with a table name (try .tables)"
                            : "a query must end with a tabular expression after its let statements",
                    end.start(),
                    end.end());
        }
        return new Query(text, lets, body);
    }

    private Statement let() throws QueryException {
        Token let = next();
        Token name = expectIdent("a name after let");
        expect("=", "'=' after the let name");
        Token first = peek();
        boolean tabular =
                first.kind() == TokenKind.IDENT
                        && (tableNames.contains(first.text())
                                || tabularLets.contains(first.text())
                                || first.is("union")
                                || first.is("search")
                                || peekAt(1).is("|"));
        if (tabular || (first.is("(") && looksTabular())) {
            tabularLets.add(name.text());
            Pipeline p = pipeline();
            return new Statement.LetTabular(name.text(), p, let.start(), p.end());
        }
        Expr value = expr();
        return new Statement.LetScalar(name.text(), value, let.start(), value.end());
    }

    private boolean looksTabular() {
        Token t = peekAt(1);
        return t.kind() == TokenKind.IDENT
                && (tableNames.contains(t.text()) || tabularLets.contains(t.text()));
    }

    Pipeline pipeline() throws QueryException {
        if (++depth > 64) {
            throw error("the query nests too deeply", peek());
        }
        Token first = peek();
        TabularOp source = source();
        List<TabularOp> ops = new ArrayList<>();
        while (accept("|") != null) {
            if (ops.size() >= QueryBounds.MAX_PIPE_OPERATORS) {
                throw error(
                        "a query can chain at most "
                                + QueryBounds.MAX_PIPE_OPERATORS
                                + " operators with '|'",
                        tokens.get(i - 1));
            }
            ops.add(operator());
        }
        depth--;
        return new Pipeline(source, ops, first.start(), tokens.get(i - 1).end());
    }

    private TabularOp source() throws QueryException {
        Token t = peek();
        if (t.is("union")) {
            next();
            return union(t);
        }
        if (t.is("search")) {
            next();
            return search(t, true);
        }
        if (t.kind() == TokenKind.IDENT && !t.text().startsWith("!")) {
            next();
            return new TabularOp.TableRef(t.text(), t.start(), t.end());
        }
        if (t.is("|")) {
            throw error("a query starts with a table name before the first '|'", t);
        }
        throw error(
                t.kind() == TokenKind.EOF
                        ? "expected a table name"
                        : "expected a table name, not '" + t.text() + "'",
                t);
    }

    private TabularOp operator() throws QueryException {
        Token t = peek();
        if (t.kind() != TokenKind.IDENT) {
            throw error(
                    t.kind() == TokenKind.EOF
                            ? "expected an operator after '|'"
                            : "expected an operator after '|', not '" + t.text() + "'",
                    t);
        }
        next();
        return switch (t.text()) {
            case "where", "filter" -> new TabularOp.Where(expr(), t.start());
            case "project" -> new TabularOp.Project(items(false), t.start());
            case "project-away" -> new TabularOp.ProjectAway(names(), t.start());
            case "project-keep" -> new TabularOp.ProjectKeep(names(), t.start());
            case "project-rename" -> new TabularOp.ProjectRename(renames(), t.start());
            case "extend" -> new TabularOp.Extend(items(false), t.start());
            case "summarize" -> summarize(t);
            case "sort", "order" -> {
                expect("by", "'by' after " + t.text());
                List<TabularOp.SortKey> keys = new ArrayList<>();
                do {
                    keys.add(sortKey());
                } while (accept(",") != null);
                yield new TabularOp.Sort(keys, t.start());
            }
            case "take", "limit" -> new TabularOp.Take(expr(), t.start());
            case "top" -> {
                Expr n = expr();
                expect("by", "'by' after the number of rows in top");
                yield new TabularOp.Top(n, sortKey(), t.start());
            }
            case "distinct" -> new TabularOp.Distinct(items(true), t.start());
            case "count" -> new TabularOp.Count(t.start());
            case "search" -> search(t, false);
            case "union" -> union(t);
            default ->
                    throw new QueryException(
                            "unknown operator '" + t.text() + "'",
                            t.start(),
                            t.end(),
                            Suggest.nearest(t.text(), OPERATORS).orElse(null));
        };
    }

    private TabularOp summarize(Token t) throws QueryException {
        List<TabularOp.Item> aggs = peek().is("by") ? List.of() : items(false);
        List<TabularOp.Item> by = List.of();
        if (accept("by") != null) {
            by = items(false);
        }
        if (aggs.isEmpty() && by.isEmpty()) {
            throw error("summarize needs an aggregation such as count(), or 'by' columns", peek());
        }
        return new TabularOp.Summarize(aggs, by, t.start());
    }

    private TabularOp.SortKey sortKey() throws QueryException {
        Expr e = expr();
        boolean asc = false;
        if (accept("asc") != null) {
            asc = true;
        } else {
            accept("desc");
        }
        Boolean nullsFirst = null;
        if (accept("nulls") != null) {
            Token w = expectIdent("'first' or 'last' after nulls");
            if (!w.text().equals("first") && !w.text().equals("last")) {
                throw error("expected 'first' or 'last' after nulls", w);
            }
            nullsFirst = w.text().equals("first");
        }
        return new TabularOp.SortKey(e, asc, nullsFirst);
    }

    private TabularOp union(Token t) throws QueryException {
        String withSource = null;
        while (peek().kind() == TokenKind.IDENT
                && peekAt(1).is("=")
                && (peek().is("kind") || peek().is("withsource") || peek().is("isfuzzy"))) {
            Token key = next();
            next();
            Token value = expectIdent("a value after " + key.text() + "=");
            if (key.is("withsource")) {
                withSource = value.text();
            }
        }
        List<Pipeline> tables = new ArrayList<>();
        do {
            Token s = peek();
            if (accept("(") != null) {
                tables.add(pipeline());
                expect(")", "')' to close the union's query");
            } else {
                Token name = expectIdent("a table name in union");
                tables.add(
                        new Pipeline(
                                new TabularOp.TableRef(name.text(), name.start(), name.end()),
                                List.of(),
                                s.start(),
                                name.end()));
            }
        } while (accept(",") != null);
        return new TabularOp.Union(tables, withSource, t.start());
    }

    private TabularOp search(Token t, boolean source) throws QueryException {
        if (peek().is("kind") && peekAt(1).is("=")) {
            next();
            next();
            Token k = expectIdent("case_sensitive or case_insensitive");
            if (!k.is("default") && !k.is("case_insensitive")) {
                throw error("only the default, case-insensitive search is supported", k);
            }
        }
        List<TabularOp.TableRef> tables = new ArrayList<>();
        if (peek().is("in") && peekAt(1).is("(")) {
            if (!source) {
                throw error(
                        "'search in (...)' names its tables itself; start the query with it",
                        peek());
            }
            next();
            next();
            do {
                Token name = expectIdent("a table name");
                tables.add(new TabularOp.TableRef(name.text(), name.start(), name.end()));
            } while (accept(",") != null);
            expect(")", "')' after the table names");
        }
        return new TabularOp.Search(tables, expr(), source, t.start());
    }

    private List<TabularOp.Item> items(boolean allowStar) throws QueryException {
        List<TabularOp.Item> items = new ArrayList<>();
        do {
            Token t = peek();
            if (allowStar && t.is("*")) {
                next();
                items.add(new TabularOp.Item("*", null, t.start()));
                continue;
            }
            String name = null;
            if (t.kind() == TokenKind.IDENT && peekAt(1).is("=")) {
                name = t.text();
                next();
                next();
            } else if (t.is("[")
                    && peekAt(1).kind() == TokenKind.STRING
                    && peekAt(2).is("]")
                    && peekAt(3).is("=")) {
                name = (String) peekAt(1).value();
                i += 4;
            }
            items.add(new TabularOp.Item(name, expr(), t.start()));
        } while (accept(",") != null);
        return items;
    }

    private List<TabularOp.Item> renames() throws QueryException {
        List<TabularOp.Item> items = new ArrayList<>();
        do {
            Token t = expectIdent("new-name = old-name");
            expect("=", "'=' in project-rename (new-name = old-name)");
            Token old = expectIdent("the column to rename");
            items.add(
                    new TabularOp.Item(
                            t.text(),
                            new Expr.Name(old.text(), old.start(), old.end()),
                            t.start()));
        } while (accept(",") != null);
        return items;
    }

    private List<Expr.Name> names() throws QueryException {
        List<Expr.Name> names = new ArrayList<>();
        do {
            Token t = peek();
            StringBuilder pattern = new StringBuilder();
            int start = t.start();
            int end = t.end();
            // Column patterns may contain wildcards: Total*, *Latency.
            while (peek().kind() == TokenKind.IDENT || peek().is("*")) {
                Token part = next();
                if (!pattern.isEmpty() && part.start() != end) {
                    i--;
                    break;
                }
                pattern.append(part.text());
                end = part.end();
            }
            if (pattern.isEmpty()) {
                throw error("expected a column name", t);
            }
            names.add(new Expr.Name(pattern.toString(), start, end));
        } while (accept(",") != null);
        return names;
    }

    // Expressions, lowest precedence first.

    Expr expr() throws QueryException {
        if (++depth > 64) {
            throw error("the expression nests too deeply", peek());
        }
        Expr e = or();
        depth--;
        return e;
    }

    /**
     * Count one more binary operator: every expression of the query together may hold {@link
     * QueryBounds#MAX_EXPRESSION_OPERATORS}, which bounds how deep the compiled tree can be.
     */
    private Token binaryOperator() throws QueryException {
        Token op = next();
        if (++operators > QueryBounds.MAX_EXPRESSION_OPERATORS) {
            throw error(
                    "the query has more than "
                            + QueryBounds.MAX_EXPRESSION_OPERATORS
                            + " operators in its expressions; to compare with many values use"
                            + " in (...), or split the query with let statements",
                    op);
        }
        return op;
    }

    private Expr or() throws QueryException {
        Expr left = and();
        while (peek().is("or")) {
            Token op = binaryOperator();
            Expr right = and();
            left = new Expr.Binary("or", left, right, op.start(), left.start(), right.end());
        }
        return left;
    }

    private Expr and() throws QueryException {
        Expr left = comparison();
        while (peek().is("and")) {
            Token op = binaryOperator();
            Expr right = comparison();
            left = new Expr.Binary("and", left, right, op.start(), left.start(), right.end());
        }
        return left;
    }

    private Expr comparison() throws QueryException {
        Expr left = additive();
        Token op = peek();
        String o = op.text();
        if ((op.kind() == TokenKind.SYMBOL && COMPARE.contains(o))
                || (op.kind() == TokenKind.IDENT && STRING_OPS.contains(o))) {
            next();
            Expr right = additive();
            return new Expr.Binary(
                    o.equals("<>") ? "!=" : o, left, right, op.start(), left.start(), right.end());
        }
        if (op.kind() == TokenKind.IDENT
                && (o.equals("in") || o.equals("!in") || o.equals("in~") || o.equals("!in~"))) {
            next();
            expect("(", "'(' after " + o);
            List<Expr> items = new ArrayList<>();
            if (!peek().is(")")) {
                do {
                    if (items.size() >= QueryBounds.MAX_LIST_ITEMS) {
                        throw error(
                                "a list after "
                                        + o
                                        + " can hold at most "
                                        + QueryBounds.MAX_LIST_ITEMS
                                        + " values",
                                peek());
                    }
                    items.add(additive());
                } while (accept(",") != null);
            }
            Token close = expect(")", "')' to close the list");
            return new Expr.In(o, left, items, left.start(), close.end());
        }
        if (op.is("between") || op.is("!between")) {
            next();
            expect("(", "'(' after between");
            Expr low = additive();
            expect("..", "'..' between the two bounds, as in between (1 .. 10)");
            Expr high = additive();
            Token close = expect(")", "')' after the bounds");
            return new Expr.Between(o.startsWith("!"), left, low, high, left.start(), close.end());
        }
        if (op.is("matches")) {
            next();
            expect("regex", "'regex' after matches");
            Expr right = additive();
            return new Expr.Binary(
                    "matches regex", left, right, op.start(), left.start(), right.end());
        }
        if (op.kind() == TokenKind.IDENT && looksLikeMistypedOperator(left, op)) {
            throw new QueryException(
                    "unknown operator '" + o + "'",
                    op.start(),
                    op.end(),
                    Suggest.nearest(o, PREDICATES).orElse(null));
        }
        return left;
    }

    private boolean looksLikeMistypedOperator(Expr left, Token op) {
        if (op.is("and")
                || op.is("or")
                || op.is("by")
                || op.is("asc")
                || op.is("desc")
                || op.is("nulls")) {
            return false;
        }
        return Suggest.nearest(op.text(), PREDICATES).isPresent()
                && !(left instanceof Expr.Literal);
    }

    private Expr additive() throws QueryException {
        Expr left = multiplicative();
        while (peek().is("+") || peek().is("-")) {
            Token op = binaryOperator();
            Expr right = multiplicative();
            left = new Expr.Binary(op.text(), left, right, op.start(), left.start(), right.end());
        }
        return left;
    }

    private Expr multiplicative() throws QueryException {
        Expr left = unary();
        while (peek().is("*") || peek().is("/") || peek().is("%")) {
            Token op = binaryOperator();
            Expr right = unary();
            left = new Expr.Binary(op.text(), left, right, op.start(), left.start(), right.end());
        }
        return left;
    }

    private Expr unary() throws QueryException {
        Token t = peek();
        if (t.is("-") || t.is("+")) {
            if (++depth > 64) {
                throw error("too many signs in a row: the expression nests too deeply", t);
            }
        }
        if (t.is("-")) {
            next();
            Expr e = unary();
            depth--;
            if (e instanceof Expr.Literal l && l.value() instanceof Long n) {
                return new Expr.Literal(-n, t.start(), e.end());
            }
            if (e instanceof Expr.Literal l && l.value() instanceof Double d) {
                return new Expr.Literal(-d, t.start(), e.end());
            }
            return new Expr.Negate(e, t.start(), e.end());
        }
        if (t.is("+")) {
            next();
            Expr e = unary();
            depth--;
            return e;
        }
        Expr e = primary();
        while (peek().is("[")) {
            next();
            Expr index = expr();
            Token close = expect("]", "']' after the index");
            e = new Expr.Index(e, index, e.start(), close.end());
        }
        return e;
    }

    private Expr primary() throws QueryException {
        Token t = next();
        switch (t.kind()) {
            case STRING, LONG, REAL, TIMESPAN:
                return new Expr.Literal(t.value(), t.start(), t.end());
            case IDENT:
                if (t.is("true") || t.is("false")) {
                    return new Expr.Literal(Boolean.valueOf(t.text()), t.start(), t.end());
                }
                if (peek().is("(") && !t.text().startsWith("!")) {
                    return call(t);
                }
                return new Expr.Name(t.text(), t.start(), t.end());
            case SYMBOL:
                if (t.is("(")) {
                    Expr e = expr();
                    expect(")", "')' to close the parenthesis");
                    return e;
                }
                if (t.is("[") && peek().kind() == TokenKind.STRING && peekAt(1).is("]")) {
                    Token name = next();
                    Token close = next();
                    return new Expr.Name((String) name.value(), t.start(), close.end());
                }
                break;
            default:
                break;
        }
        i--;
        throw error(
                t.kind() == TokenKind.EOF
                        ? "the query ends where a value was expected"
                        : "expected a value, not '" + t.text() + "'",
                t);
    }

    private Expr call(Token name) throws QueryException {
        next();
        List<Expr> args = new ArrayList<>();
        String f = name.text();
        if (f.equals("dynamic")) {
            LiteralReader.Parsed d = LiteralReader.dynamic(tokens, i);
            i = d.next();
            Object value = d.value();
            Token close = expect(")", "')' to close dynamic(");
            return new Expr.Literal(value, name.start(), close.end());
        }
        if (f.equals("datetime") && peek().kind() == TokenKind.STRING) {
            Token raw = next();
            Token close = expect(")", "')' to close datetime(");
            return new Expr.Literal(
                    LiteralReader.datetime((String) raw.value(), raw), name.start(), close.end());
        }
        if (!peek().is(")")) {
            do {
                args.add(expr());
            } while (accept(",") != null);
        }
        Token close = expect(")", "')' to close " + f + "(");
        return new Expr.Call(f, args, name.start(), close.end());
    }

    // Token helpers.

    Token peek() {
        return tokens.get(i);
    }

    private Token peekAt(int k) {
        return tokens.get(Math.min(i + k, tokens.size() - 1));
    }

    private Token next() {
        Token t = tokens.get(i);
        if (t.kind() != TokenKind.EOF) {
            i++;
        }
        return t;
    }

    private Token accept(String s) {
        if (peek().is(s)) {
            return next();
        }
        return null;
    }

    private Token expect(String s, String what) throws QueryException {
        Token t = accept(s);
        if (t == null) {
            Token at = peek();
            throw error(
                    "expected "
                            + what
                            + (at.kind() == TokenKind.EOF ? "" : ", not '" + at.text() + "'"),
                    at);
        }
        return t;
    }

    private Token expectIdent(String what) throws QueryException {
        Token t = peek();
        if (t.kind() != TokenKind.IDENT) {
            throw error(
                    "expected "
                            + what
                            + (t.kind() == TokenKind.EOF ? "" : ", not '" + t.text() + "'"),
                    t);
        }
        return next();
    }

    QueryException error(String message, Token at) {
        int start = at.start();
        return new QueryException(message, start, Math.max(at.end(), start + 1));
    }
}
