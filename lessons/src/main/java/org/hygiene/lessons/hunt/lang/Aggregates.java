package org.hygiene.lessons.hunt.lang;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/** The aggregation functions of {@code summarize}. */
final class Aggregates {
    static final List<String> NAMES =
            List.of(
                    "count",
                    "countif",
                    "dcount",
                    "min",
                    "max",
                    "make_set",
                    "make_list",
                    "sum",
                    "avg",
                    "take_any");

    private Aggregates() {}

    static boolean isAggregate(String name) {
        return NAMES.contains(name);
    }

    /** The default output column name KQL gives an aggregation. */
    static String defaultName(Expr.Call call) {
        String prefix =
                switch (call.function()) {
                    case "make_set" -> "set";
                    case "make_list" -> "list";
                    case "take_any" -> "any";
                    default -> call.function();
                };
        if (call.function().equals("count") || call.function().equals("countif")) {
            return prefix + "_";
        }
        if (!call.args().isEmpty() && call.args().get(0) instanceof Expr.Name n) {
            return prefix + "_" + n.name();
        }
        return prefix + "_";
    }

    record Spec(Supplier<Aggregator> factory, ValueType type) {}

    static Spec spec(Expr.Call call, ExprCompiler input) throws QueryException {
        String f = call.function();
        List<Expr> args = call.args();
        int min = f.equals("count") ? 0 : 1;
        int max = f.equals("count") ? 0 : f.equals("make_set") || f.equals("make_list") ? 2 : 1;
        if (args.size() < min || args.size() > max) {
            throw new QueryException(
                    f
                            + "() takes "
                            + (min == max ? String.valueOf(min) : min + " or " + max)
                            + " argument"
                            + (max == 1 ? "" : "s"),
                    call.start(),
                    call.end());
        }
        if (f.equals("count")) {
            return new Spec(Count::new, ValueType.LONG);
        }
        Compiled arg =
                f.equals("countif") ? input.compileBool(args.get(0)) : input.compile(args.get(0));
        Eval e = arg.eval();
        return switch (f) {
            case "countif" -> new Spec(() -> new CountIf(e), ValueType.LONG);
            case "dcount" -> new Spec(() -> new DCount(e), ValueType.LONG);
            case "min" -> new Spec(() -> new MinMax(e, -1), arg.type());
            case "max" -> new Spec(() -> new MinMax(e, 1), arg.type());
            case "take_any" -> new Spec(() -> new MinMax(e, 0), arg.type());
            case "make_set", "make_list" -> {
                long limit = args.size() == 2 ? input.constantLong(args.get(1)) : 1_048_576L;
                boolean set = f.equals("make_set");
                yield new Spec(() -> new Collect(e, set, limit), ValueType.DYNAMIC);
            }
            case "sum" -> {
                requireNumeric(f, arg, args.get(0));
                yield new Spec(
                        () -> new Sum(e, false),
                        arg.type() == ValueType.LONG ? ValueType.LONG : ValueType.REAL);
            }
            case "avg" -> {
                requireNumeric(f, arg, args.get(0));
                yield new Spec(() -> new Sum(e, true), ValueType.REAL);
            }
            default -> throw new IllegalStateException(f);
        };
    }

    private static void requireNumeric(String f, Compiled arg, Expr at) throws QueryException {
        if (!arg.type().numeric() && arg.type() != ValueType.DYNAMIC) {
            throw new QueryException(
                    f + "() needs a number, not a " + arg.type().kqlName(), at.start(), at.end());
        }
    }

    private static final class Count implements Aggregator {
        long n;

        public void add(Object[] row) {
            n++;
        }

        public Object result() {
            return n;
        }
    }

    private static final class CountIf implements Aggregator {
        final Eval predicate;
        long n;

        CountIf(Eval predicate) {
            this.predicate = predicate;
        }

        public void add(Object[] row) {
            if (Boolean.TRUE.equals(predicate.eval(row))) {
                n++;
            }
        }

        public Object result() {
            return n;
        }
    }

    private static final class DCount implements Aggregator {
        @Override
        public boolean keepsValues() {
            return true;
        }

        final Eval e;
        final Set<Object> seen = new HashSet<>();

        DCount(Eval e) {
            this.e = e;
        }

        public void add(Object[] row) {
            Object v = e.eval(row);
            if (v != null) {
                seen.add(v);
            }
        }

        public Object result() {
            return (long) seen.size();
        }
    }

    /** min (sign -1), max (sign 1) or take_any (sign 0: the first non-null value). */
    private static final class MinMax implements Aggregator {
        final Eval e;
        final int sign;
        Object best;

        MinMax(Eval e, int sign) {
            this.e = e;
            this.sign = sign;
        }

        public void add(Object[] row) {
            Object v = e.eval(row);
            if (v == null || (v instanceof String s && s.isEmpty() && sign != 0)) {
                return;
            }
            if (best == null || (sign != 0 && Integer.signum(KqlValues.compare(v, best)) == sign)) {
                best = v;
            }
        }

        public Object result() {
            return best;
        }
    }

    private static final class Collect implements Aggregator {
        @Override
        public boolean keepsValues() {
            return true;
        }

        final Eval e;
        final long limit;
        final java.util.Collection<Object> values;

        Collect(Eval e, boolean set, long limit) {
            this.e = e;
            this.limit = limit;
            this.values = set ? new LinkedHashSet<>() : new ArrayList<>();
        }

        public void add(Object[] row) {
            Object v = e.eval(row);
            if (v != null && values.size() < limit) {
                if (v instanceof List<?> list) {
                    for (Object o : list) {
                        if (values.size() < limit) {
                            values.add(o);
                        }
                    }
                } else {
                    values.add(v);
                }
            }
        }

        public Object result() {
            return List.copyOf(values);
        }
    }

    private static final class Sum implements Aggregator {
        final Eval e;
        final boolean average;
        long longSum;
        double realSum;
        boolean real;
        long n;

        Sum(Eval e, boolean average) {
            this.e = e;
            this.average = average;
        }

        public void add(Object[] row) {
            Object v = e.eval(row);
            if (v instanceof Long l) {
                longSum += l;
                realSum += l;
                n++;
            } else if (v instanceof Number d) {
                real = true;
                realSum += d.doubleValue();
                n++;
            }
        }

        public Object result() {
            if (average) {
                return n == 0 ? null : realSum / n;
            }
            return real ? (Object) realSum : (Object) longSum;
        }
    }
}
