package org.hygiene.core.results;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hygiene.core.events.LearnerEvent;
import org.hygiene.core.progress.Progress;
import org.hygiene.core.progress.QuizRecord;
import org.hygiene.core.progress.UnitProgress;
import org.hygiene.core.progress.UnitState;

/**
 * Turn a self-paced learner's progress file into the events a served class would have recorded, so
 * {@code class collect} results count like everyone else's. A progress file keeps outcomes, not
 * steps: each exercise's final state and hints, each quiz's best graded attempt question by
 * question (without the options chosen), and no times.
 */
public final class ProgressEvents {
    private ProgressEvents() {}

    /**
     * The events of {@code progress}, as learner {@code learner}; {@code quizzes} names the units
     * that are quizzes.
     */
    public static List<LearnerEvent> of(Progress progress, String learner, Set<String> quizzes) {
        List<LearnerEvent> events = new ArrayList<>();
        for (Map.Entry<String, UnitProgress> en : progress.units().entrySet()) {
            String unit = en.getKey();
            UnitProgress u = en.getValue();
            Instant at = u.completedAt() != null ? u.completedAt() : u.startedAt();
            List<LearnerEvent> unitEvents =
                    quizzes.contains(unit) ? quiz(unit, u) : lesson(unit, u);
            unitEvents.forEach(e -> events.add(e.at(at).by(learner)));
        }
        return events;
    }

    private static List<LearnerEvent> lesson(String unit, UnitProgress u) {
        List<LearnerEvent> events = new ArrayList<>();
        u.items()
                .forEach(
                        (id, item) -> {
                            for (int h = 1; h <= item.hintsUsed(); h++) {
                                events.add(LearnerEvent.hint(unit, id, h));
                            }
                            if (item.solved()) {
                                events.add(LearnerEvent.answer(unit, id, "", true, item.points()));
                            } else if (item.gaveUp()) {
                                events.add(LearnerEvent.gaveUp(unit, id));
                            }
                        });
        if (u.state() == UnitState.DONE) {
            events.add(LearnerEvent.unitDone(unit));
        }
        return events;
    }

    /** The best graded attempt, from the unit's quiz record. */
    private static List<LearnerEvent> quiz(String unit, UnitProgress u) {
        List<LearnerEvent> events = new ArrayList<>();
        Optional<QuizRecord.Graded> found = u.quiz().best();
        if (u.state() != UnitState.DONE || found.isEmpty()) {
            return events;
        }
        QuizRecord.Graded best = found.get();
        long seed = best.seed();
        events.add(LearnerEvent.quizStarted(unit, seed, true));
        for (QuizRecord.QuestionResult r : best.questions()) {
            events.add(
                    LearnerEvent.quizMark(
                            unit,
                            r.questionId(),
                            List.of(),
                            r.correct(),
                            r.points(),
                            r.maxPoints(),
                            seed,
                            true));
        }
        events.add(LearnerEvent.quizGraded(unit, best.points(), best.maxPoints(), seed, true));
        return events;
    }
}
