package org.hygiene.lessons.exercise.answer;

/** An answer in its canonical form, or why it could not be read. */
public sealed interface Normalized permits Normalized.Ok, Normalized.Bad {

    /** The canonical form: two answers meaning the same thing have the same form. */
    record Ok(String value) implements Normalized {}

    /** The answer is not in the expected form; {@code why} says what is wrong with it. */
    record Bad(String why) implements Normalized {}

    static Normalized ok(String value) {
        return new Ok(value);
    }

    static Normalized bad(String why) {
        return new Bad(why);
    }
}
