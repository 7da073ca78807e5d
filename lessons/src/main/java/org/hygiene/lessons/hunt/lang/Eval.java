package org.hygiene.lessons.hunt.lang;

/** A compiled scalar expression, evaluated over one row's values. */
@FunctionalInterface
interface Eval {
    Object eval(Object[] row);
}
