package org.hygiene.core.cli;

import java.nio.file.Path;
import org.hygiene.core.app.GlobalOptions;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The options every command accepts, before or after the subcommand name. */
final class GlobalOptionsMixin {
    final GlobalOptions values;

    GlobalOptionsMixin(GlobalOptions values) {
        this.values = values;
    }

    @Option(
            names = "--content",
            paramLabel = "DIR",
            scope = ScopeType.INHERIT,
            description = "Play the course in DIR instead of the bundled one.")
    void content(Path dir) {
        values.content = dir;
    }

    @Option(
            names = "--data-dir",
            paramLabel = "DIR",
            scope = ScopeType.INHERIT,
            description =
                    "Keep learner data in DIR (default: $HYGIENE_HOME, else"
                            + " $XDG_DATA_HOME/hygiene).")
    void dataDir(Path dir) {
        values.dataDir = dir;
    }

    @Option(
            names = "--learner",
            paramLabel = "NAME",
            scope = ScopeType.INHERIT,
            description =
                    "Whose progress to use (default: $HYGIENE_LEARNER, else your user name); one"
                            + " shared account can keep several learners apart.")
    void learner(String name) {
        if (name.isBlank()) {
            throw new picocli.CommandLine.ParameterException(
                    new picocli.CommandLine(this), "--learner needs a name");
        }
        values.learner = name.strip();
    }

    @Option(
            names = "--plain",
            scope = ScopeType.INHERIT,
            description =
                    "Plain, line-oriented text with no escape codes (also for screen readers).")
    void plain(boolean plain) {
        values.plain = plain;
    }

    /** The theme names, as typed; picocli rejects anything else with a clear message. */
    enum ThemeName {
        dark,
        light,
        mono
    }

    @Option(
            names = "--theme",
            paramLabel = "THEME",
            scope = ScopeType.INHERIT,
            description = "Colour theme: ${COMPLETION-CANDIDATES} (NO_COLOR selects mono).")
    void theme(ThemeName theme) {
        values.theme = theme.name();
    }

    @Option(
            names = "--debug",
            scope = ScopeType.INHERIT,
            description = "Show stack traces of errors.")
    void debug(boolean debug) {
        values.debug = debug;
    }
}
