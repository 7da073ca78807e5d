package org.hygiene.core.spi;

import java.io.PrintWriter;
import org.hygiene.core.course.Unit;
import org.hygiene.core.course.UnitKind;

/** Play one kind of unit (a lesson, a quiz) for a learner. */
public interface UnitPlayer {

    /** The kind of unit this player plays. */
    UnitKind kind();

    /**
     * Play the unit full-screen on the session's terminal, saving progress as the learner goes.
     * Returns when the learner leaves the unit.
     */
    void play(Unit unit, Session session);

    /** Print the unit as plain, escape-free text (pipes, dumb terminals, {@code --plain}). */
    void printPlain(Unit unit, Session session, PrintWriter out);

    /**
     * Take the unit in line mode ({@code hygiene lesson N} on a dumb terminal, a pipe or with
     * {@code --plain}): print it and record what that completes, saying what to do next. The
     * default only prints it.
     */
    default void playPlain(Unit unit, Session session, PrintWriter out) {
        printPlain(unit, session, out);
    }

    /**
     * The unit as Markdown for an author's preview: what a learner sees, with answers visible where
     * that helps checking (a quiz's key). It must not touch progress.
     */
    default String previewMarkdown(Unit unit) {
        return unit.body();
    }

    /**
     * The unit as Markdown for a printed handout: every question, never an answer, key or feedback.
     * The default is the unit's own text.
     */
    default String handoutMarkdown(Unit unit) {
        return unit.body();
    }

    /**
     * The unit as the slides a presenter shows ({@code hygiene present}), for learners who follow
     * the trainer in a served class: questions only, never answers. Empty when this kind of unit is
     * not presented as slides.
     */
    default java.util.Optional<org.hygiene.core.slides.Deck> slides(Unit unit) {
        return java.util.Optional.empty();
    }

    /** The unit's answers as Markdown for the trainer's key; empty when it has none. */
    default String answerKeyMarkdown(Unit unit) {
        return "";
    }

    /**
     * Name the unit's exercises or questions for class reports: titles and, for questions with
     * options, the options and which are right. The default names none.
     */
    default java.util.List<org.hygiene.core.results.ItemKey> itemKeys(Unit unit) {
        return java.util.List.of();
    }
}
