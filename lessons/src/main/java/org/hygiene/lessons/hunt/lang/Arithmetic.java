package org.hygiene.lessons.hunt.lang;

import java.time.Duration;
import java.time.Instant;

/** Arithmetic on numbers, datetimes and timespans, with KQL's result types. */
final class Arithmetic {
    private Arithmetic() {}

    static Compiled compile(Expr.Binary b, Compiled l, Compiled r) throws QueryException {
        ValueType type = resultType(b.op(), l.type(), r.type());
        if (type == null) {
            throw new QueryException(
                    "cannot apply '"
                            + b.op()
                            + "' to a "
                            + l.type().kqlName()
                            + " and a "
                            + r.type().kqlName()
                            + (l.type() == ValueType.STRING || r.type() == ValueType.STRING
                                    ? "; join strings with strcat(a, b)"
                                    : ""),
                    b.opStart(),
                    b.opStart() + b.op().length());
        }
        Eval le = l.eval();
        Eval re = r.eval();
        String op = b.op();
        return ExprCompiler.derived2(l, r, row -> apply(op, le.eval(row), re.eval(row)), type);
    }

    private static ValueType resultType(String op, ValueType a, ValueType b) {
        if (a == ValueType.DYNAMIC || b == ValueType.DYNAMIC) {
            return ValueType.DYNAMIC;
        }
        if (a.numeric() && b.numeric()) {
            return a == ValueType.LONG && b == ValueType.LONG ? ValueType.LONG : ValueType.REAL;
        }
        return switch (op) {
            case "+" ->
                    a == ValueType.DATETIME && b == ValueType.TIMESPAN
                                    || a == ValueType.TIMESPAN && b == ValueType.DATETIME
                            ? ValueType.DATETIME
                            : a == ValueType.TIMESPAN && b == ValueType.TIMESPAN
                                    ? ValueType.TIMESPAN
                                    : null;
            case "-" ->
                    a == ValueType.DATETIME && b == ValueType.DATETIME
                            ? ValueType.TIMESPAN
                            : a == ValueType.DATETIME && b == ValueType.TIMESPAN
                                    ? ValueType.DATETIME
                                    : a == ValueType.TIMESPAN && b == ValueType.TIMESPAN
                                            ? ValueType.TIMESPAN
                                            : null;
            case "*" ->
                    a == ValueType.TIMESPAN && b.numeric() || a.numeric() && b == ValueType.TIMESPAN
                            ? ValueType.TIMESPAN
                            : null;
            case "/" ->
                    a == ValueType.TIMESPAN && b == ValueType.TIMESPAN
                            ? ValueType.REAL
                            : a == ValueType.TIMESPAN && b.numeric() ? ValueType.TIMESPAN : null;
            default -> null;
        };
    }

    static Object apply(String op, Object x, Object y) {
        if (x == null || y == null) {
            return null;
        }
        if (x instanceof Long a && y instanceof Long b) {
            return switch (op) {
                case "+" -> a + b;
                case "-" -> a - b;
                case "*" -> a * b;
                case "/" -> b == 0 ? null : a / b;
                default -> b == 0 ? null : a % b;
            };
        }
        if (x instanceof Number a && y instanceof Number b) {
            double p = a.doubleValue();
            double q = b.doubleValue();
            return switch (op) {
                case "+" -> p + q;
                case "-" -> p - q;
                case "*" -> p * q;
                case "/" -> p / q;
                default -> p % q;
            };
        }
        if (x instanceof Instant t && y instanceof Duration d) {
            return op.equals("+") ? t.plus(d) : op.equals("-") ? t.minus(d) : null;
        }
        if (x instanceof Duration d && y instanceof Instant t) {
            return op.equals("+") ? t.plus(d) : null;
        }
        if (x instanceof Instant a && y instanceof Instant b) {
            return op.equals("-") ? Duration.between(b, a) : null;
        }
        if (x instanceof Duration a && y instanceof Duration b) {
            return switch (op) {
                case "+" -> a.plus(b);
                case "-" -> a.minus(b);
                case "/" -> b.isZero() ? null : (double) a.toNanos() / b.toNanos();
                default -> null;
            };
        }
        if (x instanceof Duration a && y instanceof Number n) {
            return switch (op) {
                case "*" -> Duration.ofNanos(Math.round(a.toNanos() * n.doubleValue()));
                case "/" ->
                        n.doubleValue() == 0
                                ? null
                                : Duration.ofNanos(Math.round(a.toNanos() / n.doubleValue()));
                default -> null;
            };
        }
        if (x instanceof Number n && y instanceof Duration a && op.equals("*")) {
            return Duration.ofNanos(Math.round(a.toNanos() * n.doubleValue()));
        }
        return null;
    }

    static Object negate(Object v) {
        if (v instanceof Long l) {
            return -l;
        }
        if (v instanceof Double d) {
            return -d;
        }
        if (v instanceof Duration d) {
            return d.negated();
        }
        return null;
    }
}
