package org.hygiene.core.cli;

import java.util.function.Consumer;
import picocli.CommandLine.Model.ISetter;

/**
 * Helpers for the commands whose picocli model is built in code rather than read from annotations:
 * the top-level command, its global options and {@code render}. Reading annotations is the costly
 * part of picocli's start (annotation parsing, a proxy class spun per annotation type, generic
 * signatures), about 25 ms of CPU before anything runs; the commands users start most often skip
 * it. The other commands keep their annotations.
 */
final class CommandSpecs {
    private CommandSpecs() {}

    /** A setter that hands each value picocli converted to {@code action}. */
    static <V> ISetter setter(Class<V> type, Consumer<V> action) {
        return new ISetter() {
            @Override
            public <T> T set(T value) {
                action.accept(type.cast(value));
                return null;
            }
        };
    }
}
