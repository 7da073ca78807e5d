package org.hygiene.lessons.hunt.lang;

import com.google.re2j.Pattern;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hygiene.core.text.Suggest;
import org.hygiene.lessons.regex.BoundedRegex;

/**
 * Resolve and type-check a scalar expression against the columns flowing at its point of the
 * pipeline, and turn it into an {@link Eval}. In a {@code summarize}, aggregation calls become
 * slots of the per-group result row.
 */
final class ExprCompiler {
    final List<ResultColumn> columns;
    final Scope scope;
    private final Map<String, Integer> index = new HashMap<>();
    private final List<Aggregates.Spec> aggregates;
    private final boolean search;

    ExprCompiler(
            List<ResultColumn> columns,
            Scope scope,
            List<Aggregates.Spec> aggregates,
            boolean search) {
        this.columns = columns;
        this.scope = scope;
        this.aggregates = aggregates;
        this.search = search;
        for (int i = 0; i < columns.size(); i++) {
            index.putIfAbsent(columns.get(i).name(), i);
        }
    }

    ExprCompiler(List<ResultColumn> columns, Scope scope) {
        this(columns, scope, null, false);
    }

    int indexOf(String name) {
        return index.getOrDefault(name, -1);
    }

    Compiled compileBool(Expr e) throws QueryException {
        if (search && e instanceof Expr.Literal l && l.value() instanceof String term) {
            return SearchTerm.compile(term, columns.size());
        }
        Compiled c = compile(e);
        if (c.type() != ValueType.BOOL && c.type() != ValueType.DYNAMIC) {
            throw new QueryException(
                    "this is a "
                            + c.type().kqlName()
                            + ", but a true/false condition is needed here",
                    e.start(),
                    e.end());
        }
        return c;
    }

    Object constant(Expr e) throws QueryException {
        Compiled c = compile(e);
        if (!c.constant()) {
            throw new QueryException(
                    "this must be a constant, not something read from each row",
                    e.start(),
                    e.end());
        }
        return c.eval().eval(new Object[0]);
    }

    long constantLong(Expr e) throws QueryException {
        Object v = constant(e);
        if (v instanceof Long l && l >= 0) {
            return l;
        }
        throw new QueryException("expected a whole number of 0 or more", e.start(), e.end());
    }

    Compiled compile(Expr e) throws QueryException {
        if (e instanceof Expr.Literal l) {
            return Compiled.literal(l.value());
        }
        if (e instanceof Expr.Name n) {
            return name(n);
        }
        if (e instanceof Expr.Call c) {
            if (Aggregates.isAggregate(c.function())) {
                return aggregate(c);
            }
            return Functions.compile(c, this);
        }
        if (e instanceof Expr.Binary b) {
            return binary(b);
        }
        if (e instanceof Expr.Negate n) {
            Compiled v = compile(n.operand());
            requireType(
                    v,
                    n.operand(),
                    "-",
                    ValueType.LONG,
                    ValueType.REAL,
                    ValueType.TIMESPAN,
                    ValueType.DYNAMIC);
            Eval ev = v.eval();
            return derived(v, row -> Arithmetic.negate(ev.eval(row)), v.type());
        }
        if (e instanceof Expr.In in) {
            return in(in);
        }
        if (e instanceof Expr.Between b) {
            return between(b);
        }
        if (e instanceof Expr.Index ix) {
            Compiled t = compile(ix.target());
            Compiled i = compile(ix.index());
            Eval te = t.eval();
            Eval ie = i.eval();
            return new Compiled(
                    row -> {
                        Object list = te.eval(row);
                        Object k = ie.eval(row);
                        if (list instanceof List<?> l && k instanceof Long n) {
                            long at = n < 0 ? l.size() + n : n;
                            return at >= 0 && at < l.size() ? l.get((int) at) : null;
                        }
                        return null;
                    },
                    ValueType.DYNAMIC,
                    t.constant() && i.constant());
        }
        throw new IllegalStateException(e.toString());
    }

    private Compiled aggregate(Expr.Call c) throws QueryException {
        if (aggregates == null) {
            throw new QueryException(
                    c.function()
                            + "() is an aggregation: use it in summarize, as in"
                            + " summarize "
                            + c.function()
                            + "("
                            + (c.args().isEmpty() ? "" : "...")
                            + ") by ...",
                    c.start(),
                    c.end());
        }
        ExprCompiler input = new ExprCompiler(columns, scope);
        Aggregates.Spec spec = Aggregates.spec(c, input);
        int slot = aggregates.size();
        aggregates.add(spec);
        return new Compiled(row -> row[slot], spec.type());
    }

    private Compiled name(Expr.Name n) throws QueryException {
        if (aggregates != null) {
            throw new QueryException(
                    "'"
                            + n.name()
                            + "' must be inside an aggregation such as max("
                            + n.name()
                            + "), or be listed after 'by'",
                    n.start(),
                    n.end());
        }
        int i = indexOf(n.name());
        if (i >= 0) {
            return new Compiled(row -> row[i], columns.get(i).type());
        }
        if (scope.scalars.containsKey(n.name())) {
            return Compiled.literal(scope.scalars.get(n.name()));
        }
        List<String> known = new ArrayList<>();
        columns.forEach(c -> known.add(c.name()));
        known.addAll(scope.scalars.keySet());
        String hint =
                Functions.NAMES.contains(n.name()) || Aggregates.isAggregate(n.name())
                        ? "; " + n.name() + " is a function: write " + n.name() + "(...)"
                        : "";
        throw new QueryException(
                "unknown column '" + n.name() + "'" + hint,
                n.start(),
                n.end(),
                Suggest.nearest(n.name(), known).orElse(null));
    }

    private Compiled binary(Expr.Binary b) throws QueryException {
        String op = b.op();
        if (op.equals("and") || op.equals("or")) {
            Eval l = compileBool(b.left()).eval();
            Eval r = compileBool(b.right()).eval();
            boolean and = op.equals("and");
            return new Compiled(
                    row ->
                            and
                                    ? Boolean.TRUE.equals(l.eval(row))
                                            && Boolean.TRUE.equals(r.eval(row))
                                    : Boolean.TRUE.equals(l.eval(row))
                                            || Boolean.TRUE.equals(r.eval(row)),
                    ValueType.BOOL);
        }
        Compiled l = compile(b.left());
        Compiled r = compile(b.right());
        if (op.equals("matches regex")) {
            if (!r.constant() || !(r.eval().eval(new Object[0]) instanceof String pattern)) {
                throw new QueryException(
                        "the pattern after 'matches regex' must be a constant string",
                        b.right().start(),
                        b.right().end());
            }
            Pattern p = Regexes.compile(pattern, b.right());
            Eval le = l.eval();
            return new Compiled(row -> BoundedRegex.find(p, text(le.eval(row))), ValueType.BOOL);
        }
        boolean negated = op.startsWith("!") && !op.equals("!=") && !op.equals("!~");
        String base = negated ? op.substring(1) : op;
        if (base.equals("!~")) {
            negated = true;
            base = "=~";
        }
        if (isStringOp(base)) {
            Eval le = l.eval();
            Eval re = r.eval();
            String fixed = base;
            boolean neg = negated;
            if (r.constant()) {
                String needle = text(re.eval(new Object[0]));
                return derived(
                        l,
                        row -> neg ^ StringOps.test(fixed, text(le.eval(row)), needle),
                        ValueType.BOOL);
            }
            return new Compiled(
                    row -> neg ^ StringOps.test(fixed, text(le.eval(row)), text(re.eval(row))),
                    ValueType.BOOL);
        }
        return switch (op) {
            case "==", "!=", "<", "<=", ">", ">=" -> comparison(b, l, r);
            case "+", "-", "*", "/", "%" -> Arithmetic.compile(b, l, r);
            default ->
                    throw new QueryException(
                            "unknown operator '" + op + "'",
                            b.opStart(),
                            b.opStart() + op.length());
        };
    }

    private static boolean isStringOp(String op) {
        return switch (op) {
            case "contains",
                    "contains_cs",
                    "has",
                    "has_cs",
                    "hasprefix",
                    "hassuffix",
                    "startswith",
                    "startswith_cs",
                    "endswith",
                    "endswith_cs",
                    "=~" ->
                    true;
            default -> false;
        };
    }

    /** A value as text for the string operators: KQL strings are never null. */
    static String text(Object v) {
        return v instanceof String s ? s : KqlValues.format(v);
    }

    private Compiled comparison(Expr.Binary b, Compiled l, Compiled r) throws QueryException {
        checkComparable(b, l, r);
        Eval le = l.eval();
        Eval re = r.eval();
        boolean strings = l.type() == ValueType.STRING || r.type() == ValueType.STRING;
        String op = b.op();
        return derived2(
                l,
                r,
                row -> {
                    Object x = le.eval(row);
                    Object y = re.eval(row);
                    if (strings) {
                        x = x == null ? "" : x;
                        y = y == null ? "" : y;
                    }
                    if (x == null || y == null) {
                        return false;
                    }
                    if (op.equals("==")) {
                        return equal(x, y);
                    }
                    if (op.equals("!=")) {
                        return !equal(x, y);
                    }
                    int c = KqlValues.compare(x, y);
                    return switch (op) {
                        case "<" -> c < 0;
                        case "<=" -> c <= 0;
                        case ">" -> c > 0;
                        default -> c >= 0;
                    };
                },
                ValueType.BOOL);
    }

    static boolean equal(Object x, Object y) {
        if (x instanceof Number a
                && y instanceof Number b
                && !(x instanceof Long && y instanceof Long)) {
            return a.doubleValue() == b.doubleValue();
        }
        return x.equals(y);
    }

    private void checkComparable(Expr.Binary b, Compiled l, Compiled r) throws QueryException {
        ValueType a = l.type();
        ValueType c = r.type();
        if (a == ValueType.DYNAMIC
                || c == ValueType.DYNAMIC
                || a == c
                || (a.numeric() && c.numeric())) {
            return;
        }
        String left = describe(b.left(), a);
        String right = describe(b.right(), c);
        String fix = "";
        if (a == ValueType.DATETIME && c == ValueType.STRING
                || a == ValueType.STRING && c == ValueType.DATETIME) {
            fix = "; write datetimes as datetime(2021-03-03 06:49:00)";
        } else if (a == ValueType.STRING && c.numeric() && b.right() instanceof Expr.Literal lit) {
            fix = "; write \"" + KqlValues.format(lit.value()) + "\" to compare as text";
        } else if (c == ValueType.STRING && a.numeric()) {
            fix = "; convert with tolong(...) or compare with a number";
        }
        throw new QueryException(
                "cannot compare " + left + " with " + right + fix,
                b.opStart(),
                b.opStart() + b.op().length());
    }

    private static String describe(Expr e, ValueType t) {
        String what =
                e instanceof Expr.Name n
                        ? n.name() + " (a " + t.kqlName() + ")"
                        : "a " + t.kqlName();
        return what;
    }

    private Compiled in(Expr.In in) throws QueryException {
        Compiled l = compile(in.left());
        boolean ci = in.op().endsWith("~");
        boolean negated = in.op().startsWith("!");
        List<Compiled> items = new ArrayList<>();
        boolean allConstant = true;
        for (Expr item : in.items()) {
            Compiled c = compile(item);
            items.add(c);
            allConstant &= c.constant();
        }
        Eval le = l.eval();
        boolean strings = l.type() == ValueType.STRING;
        if (allConstant) {
            Set<Object> set = new HashSet<>();
            for (Compiled c : items) {
                flatten(c.eval().eval(new Object[0]), set, ci);
            }
            return derived(
                    l,
                    row -> {
                        Object v = le.eval(row);
                        if (v == null && strings) {
                            v = "";
                        }
                        if (v == null) {
                            return false;
                        }
                        Object key = ci ? StringOps.lower(text(v)) : normalize(v);
                        return negated ^ set.contains(key);
                    },
                    ValueType.BOOL);
        }
        return new Compiled(
                row -> {
                    Set<Object> set = new HashSet<>();
                    for (Compiled c : items) {
                        flatten(c.eval().eval(row), set, ci);
                    }
                    Object v = le.eval(row);
                    if (v == null) {
                        return false;
                    }
                    return negated ^ set.contains(ci ? StringOps.lower(text(v)) : normalize(v));
                },
                ValueType.BOOL);
    }

    private static Object normalize(Object v) {
        if (v instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15) {
            return d.longValue();
        }
        return v;
    }

    private static void flatten(Object v, Set<Object> into, boolean ci) {
        if (v instanceof List<?> list) {
            for (Object o : list) {
                flatten(o, into, ci);
            }
        } else if (v != null) {
            into.add(ci ? StringOps.lower(text(v)) : normalize(v));
        }
    }

    private Compiled between(Expr.Between b) throws QueryException {
        Compiled x = compile(b.left());
        Compiled lo = compile(b.low());
        Compiled hi = compile(b.high());
        requireType(
                x,
                b.left(),
                "between",
                ValueType.LONG,
                ValueType.REAL,
                ValueType.DATETIME,
                ValueType.TIMESPAN,
                ValueType.DYNAMIC);
        Eval xe = x.eval();
        Eval le = lo.eval();
        Eval he = hi.eval();
        boolean negated = b.negated();
        return new Compiled(
                row -> {
                    Object v = xe.eval(row);
                    Object l = le.eval(row);
                    Object h = he.eval(row);
                    if (l instanceof Instant start && h instanceof Duration span) {
                        h = start.plus(span);
                    }
                    if (v == null || l == null || h == null) {
                        return false;
                    }
                    boolean inside = KqlValues.compare(v, l) >= 0 && KqlValues.compare(v, h) <= 0;
                    return negated ^ inside;
                },
                ValueType.BOOL,
                x.constant() && lo.constant() && hi.constant());
    }

    void requireType(Compiled c, Expr at, String what, ValueType... allowed) throws QueryException {
        for (ValueType t : allowed) {
            if (c.type() == t) {
                return;
            }
        }
        throw new QueryException(
                what + " cannot use " + describe(at, c.type()), at.start(), at.end());
    }

    static Compiled derived(Compiled from, Eval eval, ValueType type) {
        if (from.constant()) {
            Object v = eval.eval(new Object[0]);
            return new Compiled(row -> v, type, true);
        }
        return new Compiled(eval, type);
    }

    static Compiled derived2(Compiled a, Compiled b, Eval eval, ValueType type) {
        if (a.constant() && b.constant()) {
            Object v = eval.eval(new Object[0]);
            return new Compiled(row -> v, type, true);
        }
        return new Compiled(eval, type);
    }
}
