package org.hygiene.lessons.hunt.lang;

/** A compiled expression with its static type; {@code constant} when it reads no column. */
record Compiled(Eval eval, ValueType type, boolean constant) {
    Compiled(Eval eval, ValueType type) {
        this(eval, type, false);
    }

    static Compiled literal(Object value) {
        return new Compiled(row -> value, ValueType.ofValue(value), true);
    }
}
