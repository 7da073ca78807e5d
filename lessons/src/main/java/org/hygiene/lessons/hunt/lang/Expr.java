package org.hygiene.lessons.hunt.lang;

import java.util.List;

/** A scalar expression of the hunt language, with its offsets in the query text. */
public sealed interface Expr {
    int start();

    int end();

    /** A constant: string, long, real, bool, datetime, timespan, dynamic list or null. */
    record Literal(Object value, int start, int end) implements Expr {}

    /** A name: a column, or a {@code let} constant. */
    record Name(String name, int start, int end) implements Expr {}

    /** A function call: {@code tolower(x)}, {@code count()}, {@code bin(TimeGenerated, 1h)}. */
    record Call(String function, List<Expr> args, int start, int end) implements Expr {}

    /** A binary operator: arithmetic, comparison, string predicate or logical. */
    record Binary(String op, Expr left, Expr right, int opStart, int start, int end)
            implements Expr {}

    /** Unary minus. */
    record Negate(Expr operand, int start, int end) implements Expr {}

    /** {@code x in (a, b)}, {@code !in}, {@code in~}, {@code !in~}. */
    record In(String op, Expr left, List<Expr> items, int start, int end) implements Expr {}

    /** {@code x between (lo .. hi)} and {@code !between}. */
    record Between(boolean negated, Expr left, Expr low, Expr high, int start, int end)
            implements Expr {}

    /** {@code array[index]} on a dynamic value, such as {@code split(x, "/")[1]}. */
    record Index(Expr target, Expr index, int start, int end) implements Expr {}
}
