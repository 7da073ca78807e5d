package org.hygiene.lessons.exercise.command;

import java.util.Optional;
import org.hygiene.lessons.exercise.Exercise;
import org.hygiene.lessons.exercise.ExerciseSession;

/** {@code hint}: tell what the next hint costs, ask, and show it. */
public final class HintCommand implements ExerciseCommand {
    @Override
    public String name() {
        return "hint";
    }

    @Override
    public String usage() {
        return "hint";
    }

    @Override
    public String summary() {
        return "take the next hint (shows its cost and asks first)";
    }

    @Override
    public Outcome run(String args, ExerciseSession session, ExercisePrompt prompt) {
        Exercise e = session.exercise();
        if (session.finished()) {
            if (e.hints().isEmpty()) {
                ExerciseText.say(prompt, "This exercise has no hints.");
            }
            int n = 1;
            for (Exercise.Hint h : e.hints()) {
                ExerciseText.say(
                        prompt,
                        "Hint " + n++ + " of " + e.hints().size() + ":",
                        prompt.theme().strong());
                ExerciseText.markdown(prompt, h.text());
            }
            return Outcome.STAY;
        }
        Optional<Exercise.Hint> next = session.nextHint();
        if (next.isEmpty()) {
            ExerciseText.say(
                    prompt,
                    e.hints().isEmpty()
                            ? "This exercise has no hints."
                            : "No hints left; type question to see the ones you took, or giveup to"
                                    + " see the answer.");
            return Outcome.STAY;
        }
        int number = session.hintsTaken().size() + 1;
        int cost = next.get().cost();
        if (cost > 0) {
            String question =
                    "Hint "
                            + number
                            + " of "
                            + e.hints().size()
                            + " costs "
                            + ExerciseText.points(cost)
                            + " (then "
                            + session.pointsAfterNextHint()
                            + " of "
                            + e.points()
                            + " for a right answer). Take it?";
            if (!prompt.confirm(question)) {
                ExerciseText.say(prompt, "No hint taken.");
                return Outcome.STAY;
            }
        }
        session.takeHint();
        ExerciseText.say(
                prompt,
                "Hint " + number + " of " + e.hints().size() + ":",
                prompt.theme().strong());
        ExerciseText.markdown(prompt, next.get().text());
        return Outcome.STAY;
    }
}
