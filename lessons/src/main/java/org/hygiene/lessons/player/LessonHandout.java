package org.hygiene.lessons.player;

import java.util.List;
import org.hygiene.core.course.Unit;
import org.hygiene.core.progress.UnitProgress;
import org.hygiene.lessons.exercise.Exercise;
import org.hygiene.lessons.exercise.ExerciseBlock;
import org.hygiene.lessons.exercise.LessonExercises;

/**
 * A lesson for handouts: the text with each exercise as its question card (no answer), and a
 * separate key for the trainer with answers, reference queries and explanations.
 */
final class LessonHandout {
    private LessonHandout() {}

    /** The lesson as learners read it, exercises as unanswered cards. */
    static String markdown(Unit unit) {
        List<ExerciseBlock> blocks = LessonExercises.of(unit);
        String cards =
                ExerciseCards.inject(unit.body(), blocks, new UnitProgress(), true, unit.id());
        // On paper there is no state to show, only a place to write.
        return cards.replace(
                "> " + ExerciseCards.state(null, null) + "\n",
                "> Your answer: " + "\\_".repeat(24) + "\n");
    }

    /** The trainer's key to the lesson's exercises; empty when it has none. */
    static String answerKey(Unit unit) {
        List<ExerciseBlock> blocks = LessonExercises.of(unit);
        StringBuilder md = new StringBuilder();
        int number = 0;
        for (ExerciseBlock b : blocks) {
            number++;
            if (b.exercise().isEmpty()) {
                continue;
            }
            Exercise e = b.exercise().get();
            md.append("### Exercise ")
                    .append(number)
                    .append(e.title().isBlank() ? "" : ": " + e.title())
                    .append("\n\n")
                    .append(e.question().strip())
                    .append("\n\n**Answer:** ")
                    .append(
                            e.shownAnswer()
                                    .map(a -> "`" + a.replace("`", "'") + "`")
                                    .orElse(
                                            "stored only as a salted hash; the reference query"
                                                    + " below shows it"))
                    .append("\n\n**Reference query:**\n\n```kql\n")
                    .append(e.query().strip())
                    .append("\n```\n\n");
            if (!e.explanation().isBlank()) {
                md.append("**Explanation:** ").append(e.explanation().strip()).append("\n\n");
            }
        }
        return md.toString();
    }
}
