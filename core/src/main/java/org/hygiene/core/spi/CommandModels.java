package org.hygiene.core.spi;

import java.util.function.Consumer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.ISetter;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Helpers for commands whose picocli model is built in code rather than read from annotations: the
 * top-level command, its global options, {@code render}, {@code hunt} and {@code check}. Reading
 * annotations is the costly part of picocli's start (annotation parsing, a proxy class spun per
 * annotation type, generic signatures), 25 to 35 ms before anything runs; the commands users start
 * most often, or time, skip it. The other commands keep their annotations.
 */
public final class CommandModels {
    /** The key picocli files its own standard help mixin under. */
    private static final String STANDARD_HELP = "mixinStandardHelpOptions";

    private CommandModels() {}

    /** A setter that hands each value picocli converted to {@code action}. */
    public static <V> ISetter setter(Class<V> type, Consumer<V> action) {
        return new ISetter() {
            @Override
            public <T> T set(T value) {
                action.accept(type.cast(value));
                return null;
            }
        };
    }

    /**
     * Add picocli's standard {@code -h, --help} and {@code -V, --version} options to {@code spec},
     * as {@code mixinStandardHelpOptions = true} adds them: a mixin under picocli's own key.
     */
    public static void addStandardHelp(CommandSpec spec) {
        CommandSpec mixin = CommandSpec.create();
        mixin.addOption(
                OptionSpec.builder("-h", "--help")
                        .usageHelp(true)
                        .type(boolean.class)
                        .initialValue(false)
                        .descriptionKey(STANDARD_HELP + ".help")
                        .description("Show this help message and exit.")
                        .build());
        mixin.addOption(
                OptionSpec.builder("-V", "--version")
                        .versionHelp(true)
                        .type(boolean.class)
                        .initialValue(false)
                        .descriptionKey(STANDARD_HELP + ".version")
                        .description("Print version information and exit.")
                        .build());
        spec.addMixin(STANDARD_HELP, mixin);
    }
}
