package org.hygiene.lessons.exercise.cli;

import picocli.CommandLine.Command;

/** {@code hygiene exercise}: tools for exercise authors. */
@Command(
        name = "exercise",
        mixinStandardHelpOptions = true,
        description = "Tools for exercise authors.",
        subcommands = {HashCommand.class})
public final class ExerciseCli {}
