package org.hygiene.core.spi;

import java.util.List;

/**
 * Contribute commands and unit players to the launcher. Implementations are found with {@link
 * java.util.ServiceLoader}, so {@code core} never depends on the modules that plug into it.
 */
public interface HygienePlugin {

    /**
     * Return picocli command objects (classes annotated with {@code @Command}) to add as
     * subcommands of {@code hygiene}. Each takes the ports it needs at construction and reads the
     * course and progress from them lazily, when it runs.
     */
    default List<Object> commands(CommandPorts ports) {
        return List.of();
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
