package org.hygiene.lessons.exercise.command;

import org.hygiene.core.markdown.Theme;
import org.jline.utils.AttributedString;

/**
 * Where exercise commands write, and how they ask the learner to confirm. The hunt shell, a line
 * prompt and tests each provide their own.
 */
public interface ExercisePrompt {

    /** Print one line; the text is already sanitised and fits {@link #width()}. */
    void print(AttributedString line);

    /** Ask a yes/no question; only an explicit yes counts. */
    boolean confirm(String question);

    /** The width to wrap text to. */
    default int width() {
        return 80;
    }

    /** The styles to print with. */
    default Theme theme() {
        return Theme.MONO;
    }
}
