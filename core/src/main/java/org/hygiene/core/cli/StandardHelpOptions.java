package org.hygiene.core.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * picocli's standard {@code -h, --help} and {@code -V, --version} options, as {@code
 * mixinStandardHelpOptions = true} adds them, built without reflection (see {@link CommandSpecs}).
 */
final class StandardHelpOptions {
    /** The key picocli files its own standard help mixin under. */
    private static final String KEY = "mixinStandardHelpOptions";

    private StandardHelpOptions() {}

    /** Add the two options to {@code spec}, as a mixin under picocli's own key. */
    static void addTo(CommandSpec spec) {
        CommandSpec mixin = CommandSpec.create();
        mixin.addOption(
                OptionSpec.builder("-h", "--help")
                        .usageHelp(true)
                        .type(boolean.class)
                        .initialValue(false)
                        .descriptionKey("mixinStandardHelpOptions.help")
                        .description("Show this help message and exit.")
                        .build());
        mixin.addOption(
                OptionSpec.builder("-V", "--version")
                        .versionHelp(true)
                        .type(boolean.class)
                        .initialValue(false)
                        .descriptionKey("mixinStandardHelpOptions.version")
                        .description("Print version information and exit.")
                        .build());
        spec.addMixin(KEY, mixin);
    }
}
