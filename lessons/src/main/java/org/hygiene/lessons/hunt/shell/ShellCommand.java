package org.hygiene.lessons.hunt.shell;

/**
 * One command of the hunt shell, such as {@code .tables} or an exercise's {@code answer}. The shell
 * dispatches on the first word of a line; the rest of the line is the argument.
 */
public interface ShellCommand {
    /** The word that runs it, as typed: {@code .schema}, {@code answer}. */
    String name();

    /**
     * One line for {@code .help}, starting with the arguments: {@code "TABLE columns and types"}.
     */
    String summary();

    /** Run it; {@code args} is the rest of the line, stripped (maybe empty). */
    void run(ShellContext context, String args);
}
