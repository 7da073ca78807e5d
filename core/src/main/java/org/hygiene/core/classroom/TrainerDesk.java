package org.hygiene.core.classroom;

import org.jline.terminal.Terminal;

/**
 * Where a trainer who signs in over SSH sits: the trainer's console, on their terminal. The server
 * calls it for roster entries marked as trainers, instead of starting a course.
 */
@FunctionalInterface
public interface TrainerDesk {
    /** Show the console on {@code terminal} until the trainer leaves or hangs up. */
    void open(Terminal terminal, String trainer, boolean noColor);
}
