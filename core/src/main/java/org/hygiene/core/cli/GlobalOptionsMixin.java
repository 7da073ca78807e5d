package org.hygiene.core.cli;

import java.nio.file.Path;
import java.util.function.Supplier;
import org.hygiene.core.app.GlobalOptions;
import org.hygiene.core.spi.CommandModels;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ScopeType;

/**
 * The options every command accepts, before or after the subcommand name: a picocli mixin built in
 * code (see {@link CommandModels}) that sets {@link GlobalOptions}.
 */
final class GlobalOptionsMixin {
    private GlobalOptionsMixin() {}

    /** The theme names, as typed; picocli rejects anything else with a clear message. */
    enum ThemeName {
        dark,
        light,
        mono
    }

    /**
     * The mixin setting {@code values}; {@code root} is the launcher's command line, which a usage
     * error found by a setter names.
     */
    static CommandSpec spec(GlobalOptions values, Supplier<CommandLine> root) {
        CommandSpec mixin = CommandSpec.create();
        // In the order commands that do not sort their options (check) have always listed them.
        mixin.addOption(
                option("--debug")
                        .type(boolean.class)
                        .description("Show stack traces of errors.")
                        .setter(CommandModels.setter(Boolean.class, debug -> values.debug = debug))
                        .build());
        mixin.addOption(
                option("--content")
                        .paramLabel("DIR")
                        .type(Path.class)
                        .description("Play the course in DIR instead of the bundled one.")
                        .setter(CommandModels.setter(Path.class, dir -> values.content = dir))
                        .build());
        mixin.addOption(
                option("--learner")
                        .paramLabel("NAME")
                        .type(String.class)
                        .description(
                                "Whose progress to use (default: $HYGIENE_LEARNER, else your user"
                                        + " name); one shared account can keep several learners"
                                        + " apart.")
                        .setter(
                                CommandModels.setter(
                                        String.class,
                                        name -> {
                                            if (name.isBlank()) {
                                                throw new CommandLine.ParameterException(
                                                        root.get(), "--learner needs a name");
                                            }
                                            values.learner = name.strip();
                                        }))
                        .build());
        mixin.addOption(
                option("--data-dir")
                        .paramLabel("DIR")
                        .type(Path.class)
                        .description(
                                "Keep learner data in DIR (default: $HYGIENE_HOME, else"
                                        + " $XDG_DATA_HOME/hygiene).")
                        .setter(CommandModels.setter(Path.class, dir -> values.dataDir = dir))
                        .build());
        mixin.addOption(
                option("--plain")
                        .type(boolean.class)
                        .description(
                                "Plain, line-oriented text with no escape codes (also for screen"
                                        + " readers).")
                        .setter(CommandModels.setter(Boolean.class, plain -> values.plain = plain))
                        .build());
        mixin.addOption(
                option("--theme")
                        .paramLabel("THEME")
                        .type(ThemeName.class)
                        .description(
                                "Colour theme: ${COMPLETION-CANDIDATES} (NO_COLOR selects mono).")
                        .setter(
                                CommandModels.setter(
                                        ThemeName.class, theme -> values.theme = theme.name()))
                        .build());
        return mixin;
    }

    /**
     * An inherited option (every subcommand accepts it too) whose setter is called only for values
     * given, as for an annotated setter method.
     */
    private static OptionSpec.Builder option(String name) {
        return OptionSpec.builder(name).scopeType(ScopeType.INHERIT).hasInitialValue(false);
    }
}
