package org.hygiene.lessons.hunt.lang;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hygiene.core.text.Suggest;
import org.hygiene.lessons.regex.BoundedRegex;

/** The scalar functions of the hunt language. */
final class Functions {
    /** Name, then the least and most arguments. */
    private static final Map<String, int[]> ARITY =
            Map.ofEntries(
                    Map.entry("tolower", new int[] {1, 1}),
                    Map.entry("toupper", new int[] {1, 1}),
                    Map.entry("strlen", new int[] {1, 1}),
                    Map.entry("substring", new int[] {2, 3}),
                    Map.entry("extract", new int[] {3, 3}),
                    Map.entry("split", new int[] {2, 3}),
                    Map.entry("strcat", new int[] {1, 64}),
                    Map.entry("datetime", new int[] {1, 1}),
                    Map.entry("ago", new int[] {1, 1}),
                    Map.entry("now", new int[] {0, 1}),
                    Map.entry("bin", new int[] {2, 2}),
                    Map.entry("floor", new int[] {2, 2}),
                    Map.entry("tostring", new int[] {1, 1}),
                    Map.entry("tolong", new int[] {1, 1}),
                    Map.entry("toint", new int[] {1, 1}),
                    Map.entry("toreal", new int[] {1, 1}),
                    Map.entry("todouble", new int[] {1, 1}),
                    Map.entry("todatetime", new int[] {1, 1}),
                    Map.entry("iff", new int[] {3, 3}),
                    Map.entry("iif", new int[] {3, 3}),
                    Map.entry("isempty", new int[] {1, 1}),
                    Map.entry("isnotempty", new int[] {1, 1}),
                    Map.entry("isnull", new int[] {1, 1}),
                    Map.entry("isnotnull", new int[] {1, 1}),
                    Map.entry("not", new int[] {1, 1}),
                    Map.entry("array_length", new int[] {1, 1}),
                    Map.entry("coalesce", new int[] {1, 64}),
                    Map.entry("indexof", new int[] {2, 2}),
                    Map.entry("replace_string", new int[] {3, 3}));

    /** Every scalar function name, sorted, for completion and suggestions. */
    static final List<String> NAMES = sorted();

    private Functions() {}

    private static List<String> sorted() {
        List<String> names = new ArrayList<>(ARITY.keySet());
        Collections.sort(names);
        return List.copyOf(names);
    }

    static Compiled compile(Expr.Call call, ExprCompiler c) throws QueryException {
        String f = call.function();
        int[] arity = ARITY.get(f);
        if (arity == null) {
            List<String> all = new ArrayList<>(NAMES);
            all.addAll(Aggregates.NAMES);
            throw new QueryException(
                    "unknown function '" + f + "'",
                    call.start(),
                    call.start() + f.length(),
                    Suggest.nearest(f, all).orElse(null));
        }
        List<Expr> args = call.args();
        if (args.size() < arity[0] || args.size() > arity[1]) {
            String count =
                    arity[0] == arity[1]
                            ? String.valueOf(arity[0])
                            : arity[1] == 64
                                    ? "at least " + arity[0]
                                    : arity[0] + " or " + arity[1];
            throw new QueryException(
                    f
                            + "() takes "
                            + count
                            + " argument"
                            + (arity[1] == 1 ? "" : "s")
                            + ", not "
                            + args.size(),
                    call.start(),
                    call.end());
        }
        if (f.equals("extract")) {
            return extract(call, c);
        }
        List<Compiled> a = new ArrayList<>();
        boolean constant = true;
        for (Expr e : args) {
            Compiled k = f.equals("not") ? c.compileBool(e) : c.compile(e);
            a.add(k);
            constant &= k.constant();
        }
        Eval[] ev = a.stream().map(Compiled::eval).toArray(Eval[]::new);
        ValueType type;
        Eval eval;
        switch (f) {
            case "tolower" -> {
                type = ValueType.STRING;
                eval = row -> ExprCompiler.text(ev[0].eval(row)).toLowerCase(Locale.ROOT);
            }
            case "toupper" -> {
                type = ValueType.STRING;
                eval = row -> ExprCompiler.text(ev[0].eval(row)).toUpperCase(Locale.ROOT);
            }
            case "strlen" -> {
                type = ValueType.LONG;
                eval = row -> (long) ExprCompiler.text(ev[0].eval(row)).length();
            }
            case "substring" -> {
                type = ValueType.STRING;
                eval =
                        row ->
                                substring(
                                        ExprCompiler.text(ev[0].eval(row)),
                                        ev[1].eval(row),
                                        ev.length > 2 ? ev[2].eval(row) : null);
            }
            case "split" -> {
                type = ValueType.DYNAMIC;
                eval =
                        row ->
                                split(
                                        ExprCompiler.text(ev[0].eval(row)),
                                        ExprCompiler.text(ev[1].eval(row)),
                                        ev.length > 2 ? ev[2].eval(row) : null);
            }
            case "strcat" -> {
                type = ValueType.STRING;
                eval =
                        row -> {
                            String[] parts = new String[ev.length];
                            long length = 0;
                            for (int k = 0; k < ev.length; k++) {
                                parts[k] = ExprCompiler.text(ev[k].eval(row));
                                length += parts[k].length();
                            }
                            MemoryBudget.checkTextLength(length, "strcat");
                            return String.join("", parts);
                        };
            }
            case "datetime", "todatetime" -> {
                type = ValueType.DATETIME;
                eval = row -> toDatetime(ev[0].eval(row));
            }
            case "ago" -> {
                c.requireType(a.get(0), args.get(0), "ago()", ValueType.TIMESPAN);
                type = ValueType.DATETIME;
                constant = false;
                eval =
                        row -> {
                            Object d = ev[0].eval(row);
                            return d instanceof Duration span
                                    ? shift(c.scope.now.get(), span.negated())
                                    : null;
                        };
            }
            case "now" -> {
                type = ValueType.DATETIME;
                constant = false;
                eval =
                        row -> {
                            Instant now = c.scope.now.get();
                            return ev.length == 1 && ev[0].eval(row) instanceof Duration d
                                    ? shift(now, d)
                                    : now;
                        };
            }
            case "bin", "floor" -> {
                c.requireType(
                        a.get(1),
                        args.get(1),
                        f + "()",
                        ValueType.LONG,
                        ValueType.REAL,
                        ValueType.TIMESPAN);
                type = a.get(0).type();
                eval = row -> bin(ev[0].eval(row), ev[1].eval(row));
            }
            case "tostring" -> {
                type = ValueType.STRING;
                eval = row -> KqlValues.format(ev[0].eval(row));
            }
            case "tolong", "toint" -> {
                type = ValueType.LONG;
                eval = row -> toLong(ev[0].eval(row));
            }
            case "toreal", "todouble" -> {
                type = ValueType.REAL;
                eval =
                        row -> {
                            Object v = toReal(ev[0].eval(row));
                            return v;
                        };
            }
            case "iff", "iif" -> {
                c.compileBool(args.get(0));
                type = a.get(1).type() == a.get(2).type() ? a.get(1).type() : ValueType.DYNAMIC;
                eval =
                        row ->
                                Boolean.TRUE.equals(ev[0].eval(row))
                                        ? ev[1].eval(row)
                                        : ev[2].eval(row);
            }
            case "isempty" -> {
                type = ValueType.BOOL;
                eval = row -> isEmpty(ev[0].eval(row));
            }
            case "isnotempty" -> {
                type = ValueType.BOOL;
                eval = row -> !isEmpty(ev[0].eval(row));
            }
            case "isnull" -> {
                type = ValueType.BOOL;
                eval = row -> ev[0].eval(row) == null;
            }
            case "isnotnull" -> {
                type = ValueType.BOOL;
                eval = row -> ev[0].eval(row) != null;
            }
            case "not" -> {
                type = ValueType.BOOL;
                eval = row -> !Boolean.TRUE.equals(ev[0].eval(row));
            }
            case "array_length" -> {
                type = ValueType.LONG;
                eval =
                        row ->
                                ev[0].eval(row) instanceof List<?> l
                                        ? (Object) (long) l.size()
                                        : null;
            }
            case "coalesce" -> {
                type = a.get(0).type();
                eval =
                        row -> {
                            for (Eval x : ev) {
                                Object v = x.eval(row);
                                if (!isEmpty(v)) {
                                    return v;
                                }
                            }
                            return null;
                        };
            }
            case "indexof" -> {
                type = ValueType.LONG;
                eval =
                        row ->
                                (long)
                                        ExprCompiler.text(ev[0].eval(row))
                                                .indexOf(ExprCompiler.text(ev[1].eval(row)));
            }
            case "replace_string" -> {
                type = ValueType.STRING;
                eval =
                        row ->
                                replaceString(
                                        ExprCompiler.text(ev[0].eval(row)),
                                        ExprCompiler.text(ev[1].eval(row)),
                                        ExprCompiler.text(ev[2].eval(row)));
            }
            default -> throw new IllegalStateException(f);
        }
        if (constant) {
            Object v = eval.eval(new Object[0]);
            return new Compiled(row -> v, type, true);
        }
        return new Compiled(eval, type);
    }

    private static Compiled extract(Expr.Call call, ExprCompiler c) throws QueryException {
        Expr patternExpr = call.args().get(0);
        if (!(c.constant(patternExpr) instanceof String pattern)) {
            throw new QueryException(
                    "extract() needs the regular expression as a constant string",
                    patternExpr.start(),
                    patternExpr.end());
        }
        Pattern p = Regexes.compile(pattern, patternExpr);
        long group = c.constantLong(call.args().get(1));
        if (group > p.groupCount()) {
            throw new QueryException(
                    "the regular expression has only "
                            + p.groupCount()
                            + " capture group"
                            + (p.groupCount() == 1 ? "" : "s"),
                    call.args().get(1).start(),
                    call.args().get(1).end());
        }
        Eval source = c.compile(call.args().get(2)).eval();
        int g = (int) group;
        return new Compiled(
                row -> {
                    String text = ExprCompiler.text(source.eval(row));
                    BoundedRegex.checkWork(p, text);
                    Matcher m = p.matcher(text);
                    return m.find() ? m.group(g) : null;
                },
                ValueType.STRING);
    }

    /** String.replace, refusing results past {@link MemoryBudget#MAX_TEXT_CHARS}. */
    private static String replaceString(String text, String find, String with) {
        if (!find.isEmpty() && with.length() > find.length()) {
            long count = 0;
            for (int at = text.indexOf(find);
                    at >= 0;
                    at = text.indexOf(find, at + find.length())) {
                count++;
            }
            MemoryBudget.checkTextLength(
                    text.length() + count * (with.length() - find.length()), "replace_string");
        } else if (find.isEmpty()) {
            MemoryBudget.checkTextLength(
                    (long) (text.length() + 1) * (with.length() + 1), "replace_string");
        }
        return text.replace(find, with);
    }

    /** {@code at + span}, or null past the range of dates (ago(99999999d)), as KQL gives null. */
    private static Instant shift(Instant at, Duration span) {
        try {
            return at.plus(span);
        } catch (java.time.DateTimeException | ArithmeticException e) {
            return null;
        }
    }

    static boolean isEmpty(Object v) {
        return v == null || (v instanceof String s && s.isEmpty());
    }

    private static String substring(String s, Object start, Object length) {
        if (!(start instanceof Long st)) {
            return null;
        }
        int from = (int) Math.max(0, Math.min(st, s.length()));
        int to =
                length instanceof Long len
                        ? (int) Math.max(from, Math.min(s.length(), from + len))
                        : s.length();
        return s.substring(from, to);
    }

    private static Object split(String s, String delimiter, Object index) {
        List<String> parts = new ArrayList<>();
        if (delimiter.isEmpty()) {
            parts.add(s);
        } else {
            int from = 0;
            for (int at = s.indexOf(delimiter); at >= 0; at = s.indexOf(delimiter, from)) {
                parts.add(s.substring(from, at));
                from = at + delimiter.length();
            }
            parts.add(s.substring(from));
        }
        if (index instanceof Long i) {
            return i >= 0 && i < parts.size() ? List.of(parts.get((int) (long) i)) : List.of();
        }
        return List.copyOf(parts);
    }

    private static Object bin(Object v, Object size) {
        if (v == null || size == null) {
            return null;
        }
        if (v instanceof Instant t && size instanceof Duration d && !d.isZero()) {
            long step = d.toNanos();
            long nanos = Math.floorDiv(t.getEpochSecond(), 1) * 1_000_000_000L + t.getNano();
            return Instant.ofEpochSecond(0, Math.floorDiv(nanos, step) * step);
        }
        if (v instanceof Duration t && size instanceof Duration d && !d.isZero()) {
            return Duration.ofNanos(Math.floorDiv(t.toNanos(), d.toNanos()) * d.toNanos());
        }
        if (v instanceof Long l && size instanceof Long s && s != 0) {
            return Math.floorDiv(l, s) * s;
        }
        if (v instanceof Number n && size instanceof Number s && s.doubleValue() != 0) {
            return Math.floor(n.doubleValue() / s.doubleValue()) * s.doubleValue();
        }
        return null;
    }

    private static Object toLong(Object v) {
        if (v instanceof Long) {
            return v;
        }
        if (v instanceof Double d) {
            return d.isNaN() ? null : (Object) d.longValue();
        }
        if (v instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        if (v instanceof String s) {
            try {
                return Long.parseLong(s.strip());
            } catch (NumberFormatException e) {
                Object r = toReal(s);
                return r instanceof Double d ? (Object) d.longValue() : null;
            }
        }
        return null;
    }

    private static Object toReal(Object v) {
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        if (v instanceof String s) {
            try {
                return Double.parseDouble(s.strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    private static Object toDatetime(Object v) {
        if (v instanceof Instant) {
            return v;
        }
        if (v instanceof String s) {
            try {
                return LiteralReader.parseDatetime(s.strip());
            } catch (RuntimeException e) {
                return null;
            }
        }
        return null;
    }
}
