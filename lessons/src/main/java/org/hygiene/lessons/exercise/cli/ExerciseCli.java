package org.hygiene.lessons.exercise.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.hygiene.core.app.UserException;
import org.hygiene.core.course.Unit;
import org.hygiene.core.course.UnitKind;
import org.hygiene.core.spi.Console;
import org.hygiene.core.spi.LearnerAccess;
import org.hygiene.core.spi.Session;
import org.hygiene.core.text.Sanitizer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code hygiene exercise N [K]}: answer lesson N's exercises at a prompt, the line mode's way to
 * do what Enter on an exercise card does; {@code hygiene exercise hash} is for authors.
 */
@Command(
        name = "exercise",
        mixinStandardHelpOptions = true,
        description = {
            "Answer lesson N's exercises at a prompt (each one not finished yet, in order; K: only"
                    + " exercise K). Works on any terminal, also a dumb one.",
            "For authors: 'hygiene exercise hash' prints an answer's salted hash."
        },
        subcommands = {HashCommand.class})
public final class ExerciseCli implements Callable<Integer> {
    /** Open a lesson's exercises for a learner (the lesson player's line mode). */
    public interface Answering {
        void answer(Unit lesson, Session session, Integer number, PrintWriter out);
    }

    private final Console console;
    private final LearnerAccess learner;
    private final Answering answering;

    @Parameters(
            index = "0",
            arity = "0..1",
            paramLabel = "N|ID",
            description = "The lesson: its number on the course map, or its id.")
    String lesson;

    @Parameters(
            index = "1",
            arity = "0..1",
            paramLabel = "K",
            description = "Only exercise K of the lesson (1 for the first).")
    Integer number;

    public ExerciseCli(Console console, LearnerAccess learner, Answering answering) {
        this.console = console;
        this.learner = learner;
        this.answering = answering;
    }

    @Override
    public Integer call() {
        if (lesson == null) {
            throw new UserException(
                    "which lesson? 'hygiene exercise N' answers lesson N's exercises"
                            + " ('hygiene lessons' lists them)");
        }
        Session session = learner.session();
        Unit unit =
                session.course()
                        .find(lesson, UnitKind.LESSON)
                        .orElseThrow(
                                () ->
                                        new UserException(
                                                "no lesson numbered or with id '"
                                                        + Sanitizer.clean(lesson)
                                                        + "'; 'hygiene lessons' lists them"));
        answering.answer(unit, session, number, console.out());
        return 0;
    }
}
