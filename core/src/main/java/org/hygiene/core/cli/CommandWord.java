package org.hygiene.core.cli;

import java.util.Set;

/**
 * The subcommand an argument list names, found by reading the words before it, so the launcher can
 * build that one command alone instead of picocli's model of every command.
 */
final class CommandWord {
    /** The global options that take a value (see {@link GlobalOptionsMixin}). */
    private static final Set<String> WITH_VALUE =
            Set.of("--content", "--data-dir", "--learner", "--theme");

    /** Options before the command word that need no other command: flags and the version. */
    private static final Set<String> FLAGS = Set.of("--plain", "--debug", "--version", "-V");

    /** What {@link #of} returns when only the whole command tree can answer. */
    static final String UNKNOWN = null;

    private CommandWord() {}

    /**
     * Return the first word that is not a global option: "" when there is none (the course, or
     * {@code --version}), or {@link #UNKNOWN} for help, any other option, or an {@code @file},
     * where picocli must see every command to answer as it always did.
     */
    static String of(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (WITH_VALUE.contains(arg)) {
                i++;
            } else if (FLAGS.contains(arg) || isGlobalWithValue(arg)) {
                continue;
            } else if (arg.startsWith("-") || arg.startsWith("@")) {
                return UNKNOWN;
            } else {
                return arg;
            }
        }
        return "";
    }

    private static boolean isGlobalWithValue(String arg) {
        int eq = arg.indexOf('=');
        return eq > 0 && WITH_VALUE.contains(arg.substring(0, eq));
    }
}
