package org.hygiene.core.spi;

import java.util.List;

/**
 * Contribute commands and unit players to the launcher. Implementations are found with {@link
 * java.util.ServiceLoader}, so {@code core} never depends on the modules that plug into it.
 */
public interface HygienePlugin {

    /**
     * Return the names of the subcommands this plug-in adds to {@code hygiene}, in the order help
     * lists them. The launcher reads only the names to find the command that runs, and builds that
     * one alone with {@link #command}, so starting one command never loads the others.
     */
    default List<String> commandNames() {
        return List.of();
    }

    /**
     * Build the named subcommand (one of {@link #commandNames()}): a picocli command object (a
     * class annotated with {@code @Command}, a {@code CommandSpec} built in code with {@link
     * CommandModels}, or a {@code CommandLine} with its subcommands). It takes the ports it needs
     * at construction and reads the course and progress from them lazily, when it runs.
     */
    default Object command(String name, CommandPorts ports) {
        throw new IllegalArgumentException("no command " + name);
    }

    /**
     * Return fresh checks of the content this plug-in understands, for one validation run (a check
     * may cache what it learns about the course).
     */
    default List<ContentCheck> contentChecks() {
        return List.of();
    }

    /** Return the players for the unit kinds this plug-in handles. */
    default List<UnitPlayer> players() {
        return List.of();
    }
}
