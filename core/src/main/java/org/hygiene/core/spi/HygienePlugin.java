package org.hygiene.core.spi;

import java.util.List;
import org.hygiene.core.app.AppContext;

/**
 * Contribute commands and unit players to the launcher. Implementations are found with {@link
 * java.util.ServiceLoader}, so {@code core} never depends on the modules that plug into it.
 */
public interface HygienePlugin {

    /**
     * Return picocli command objects (classes annotated with {@code @Command}) to add as
     * subcommands of {@code hygiene}. They get the context at construction and read the course and
     * progress from it lazily, when they run.
     */
    default List<Object> commands(AppContext context) {
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
