package org.hygiene.lessons.exercise.command;

import org.hygiene.core.text.Sanitizer;
import org.hygiene.lessons.exercise.Exercise;
import org.hygiene.lessons.exercise.ExerciseSession;

/** {@code question}: show the question again, how to answer, and where the learner stands. */
public final class QuestionCommand implements ExerciseCommand {
    @Override
    public String name() {
        return "question";
    }

    @Override
    public String usage() {
        return "question";
    }

    @Override
    public String summary() {
        return "show the question again, with the hints taken so far";
    }

    @Override
    public Outcome run(String args, ExerciseSession session, ExercisePrompt prompt) {
        Exercise e = session.exercise();
        String title = e.title().isBlank() ? e.id() : e.title();
        ExerciseText.say(
                prompt,
                "Exercise: "
                        + Sanitizer.clean(title)
                        + " ("
                        + ExerciseText.points(e.points())
                        + ")",
                prompt.theme().heading());
        ExerciseText.markdown(prompt, e.question());
        ExerciseText.say(
                prompt,
                "Answer with " + e.type().form() + ":  answer VALUE",
                prompt.theme().faint());
        int n = 1;
        for (Exercise.Hint h : session.hintsTaken()) {
            ExerciseText.say(prompt, "Hint " + n++ + ":", prompt.theme().strong());
            ExerciseText.markdown(prompt, h.text());
        }
        ExerciseText.say(prompt, ExerciseText.status(session));
        return Outcome.STAY;
    }
}
