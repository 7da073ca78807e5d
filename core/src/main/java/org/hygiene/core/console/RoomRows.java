package org.hygiene.core.console;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hygiene.core.course.Course;
import org.hygiene.core.course.Unit;
import org.hygiene.core.results.ClassResults;
import org.hygiene.core.results.LearnerTally;
import org.hygiene.core.results.StuckRule;

/** The console's rows: each learner's tally, placed in the course and checked by the stuck rule. */
public final class RoomRows {
    private RoomRows() {}

    /**
     * One row per learner of {@code results}; {@code liveUnits} gives the unit of each connected
     * learner as their session knows it (fresher than their last event).
     */
    public static List<RoomRow> of(
            ClassResults results,
            Map<String, String> liveUnits,
            Course course,
            StuckRule rule,
            Instant now,
            RoomSort sort) {
        List<Unit> units = course.units();
        List<RoomRow> rows = new ArrayList<>();
        for (LearnerTally l : results.learners()) {
            boolean connected = liveUnits.containsKey(l.name());
            String unitId = connected ? liveUnits.get(l.name()) : null;
            if (unitId == null || unitId.isEmpty()) {
                unitId = l.unit().orElse(null);
            }
            int number = unitId == null ? 0 : indexOf(units, unitId) + 1;
            String title = number > 0 ? course.numberedTitle(units.get(number - 1)) : "";
            List<RoomRow.QuizPercent> quizzes = new ArrayList<>();
            for (int i = 0; i < units.size(); i++) {
                LearnerTally.QuizScore s = l.quizScores().get(units.get(i).id());
                if (s != null) {
                    quizzes.add(
                            new RoomRow.QuizPercent(
                                    course.numberedTitle(units.get(i)), s.percent()));
                }
            }
            Duration idle =
                    l.lastAction().map(t -> positive(Duration.between(t, now))).orElse(null);
            rows.add(
                    new RoomRow(
                            l.name(),
                            connected,
                            number,
                            title,
                            place(l),
                            l.unitsDone().size(),
                            l.exercisePoints(),
                            l.hints(),
                            l.wrongAnswers(),
                            quizzes,
                            idle,
                            connected ? rule.reason(l, now).orElse(null) : null));
        }
        rows.sort(sort.order());
        return rows;
    }

    private static String place(LearnerTally l) {
        if (l.openExercise().isPresent()) {
            return "ex " + l.openExercise().get().item();
        }
        return l.position().map(p -> "line " + p).orElse("");
    }

    private static int indexOf(List<Unit> units, String id) {
        for (int i = 0; i < units.size(); i++) {
            if (units.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    private static Duration positive(Duration d) {
        return d.isNegative() ? Duration.ZERO : d;
    }
}
