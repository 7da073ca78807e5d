package org.hygiene.lessons.exercise;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.hygiene.core.events.LearnerEvent;
import org.hygiene.core.progress.ItemProgress;
import org.hygiene.core.progress.UnitProgress;
import org.hygiene.lessons.exercise.answer.Verdict;

/**
 * A learner working on one exercise: answers, hints, giving up, and the score, kept in the unit's
 * progress and saved after every change. Knows nothing of terminals.
 */
public final class ExerciseSession {
    /** Where the learner is with the exercise. */
    public enum State {
        UNSOLVED,
        SOLVED,
        GAVE_UP
    }

    private final Exercise exercise;
    private final UnitProgress unit;
    private final ItemProgress item;
    private final Supplier<Instant> now;
    private final Runnable save;
    private final String unitId;
    private final Consumer<LearnerEvent> events;
    private ExerciseOnward onward = ExerciseOnward.NONE;

    public ExerciseSession(
            Exercise exercise, UnitProgress unit, Supplier<Instant> now, Runnable save) {
        this(exercise, unit, now, save, null, event -> {});
    }

    /** Also tell {@code events} of each answer, hint and give-up (a served class records them). */
    public ExerciseSession(
            Exercise exercise,
            UnitProgress unit,
            Supplier<Instant> now,
            Runnable save,
            String unitId,
            Consumer<LearnerEvent> events) {
        this.exercise = exercise;
        this.unit = unit;
        this.item = register(exercise, unit);
        this.now = now;
        this.save = save;
        this.unitId = unitId;
        this.events = events;
    }

    /**
     * Make sure every exercise has its record, so the unit's maximum score counts exercises not yet
     * opened. Returns true if anything changed (and needs saving).
     */
    public static boolean registerAll(List<Exercise> exercises, UnitProgress unit) {
        boolean changed = false;
        for (Exercise e : exercises) {
            changed |= unit.findItem(e.id()).map(i -> i.maxPoints() != e.points()).orElse(true);
            register(e, unit);
        }
        return changed;
    }

    private static ItemProgress register(Exercise exercise, UnitProgress unit) {
        ItemProgress item = unit.item(exercise.id());
        item.worth(exercise.points());
        return item;
    }

    public Exercise exercise() {
        return exercise;
    }

    /** The way on from here: the lesson's next exercise, if the host offers one. */
    public ExerciseOnward onward() {
        return onward;
    }

    public ExerciseSession onward(ExerciseOnward onward) {
        this.onward = onward;
        return this;
    }

    public ItemProgress progress() {
        return item;
    }

    public State state() {
        if (item.solved()) {
            return State.SOLVED;
        }
        return item.gaveUp() ? State.GAVE_UP : State.UNSOLVED;
    }

    /** Whether the exercise is over, solved or given up; answers then score nothing. */
    public boolean finished() {
        return state() != State.UNSOLVED;
    }

    /**
     * Check an answer. While the exercise is open, a checked answer counts as an attempt (a wrong
     * form does not) and a right one scores the points left after hints.
     */
    public Verdict answer(String raw) {
        Verdict v = exercise.check(raw);
        if (finished() || v.kind() == Verdict.Kind.WRONG_FORM) {
            return v;
        }
        item.countAttempt();
        if (v.isCorrect()) {
            item.solve(pointsNow(), now.get());
        }
        changed();
        events.accept(
                LearnerEvent.answer(unitId, exercise.id(), raw, v.isCorrect(), item.points()));
        return v;
    }

    /** The points a right answer would score now. */
    public int pointsNow() {
        return exercise.pointsAfter(item.hintsUsed());
    }

    /** The hint the learner would get next, if any is left. */
    public Optional<Exercise.Hint> nextHint() {
        int n = item.hintsUsed();
        return n < exercise.hints().size()
                ? Optional.of(exercise.hints().get(n))
                : Optional.empty();
    }

    /** The points a right answer would score after taking the next hint. */
    public int pointsAfterNextHint() {
        return exercise.pointsAfter(item.hintsUsed() + 1);
    }

    /** Take the next hint, paying its cost from the points still to win. */
    public Optional<Exercise.Hint> takeHint() {
        Optional<Exercise.Hint> hint = nextHint();
        if (hint.isPresent() && !finished()) {
            item.takeHint();
            changed();
            events.accept(LearnerEvent.hint(unitId, exercise.id(), item.hintsUsed()));
        }
        return hint;
    }

    /** The hints taken so far, in order. */
    public List<Exercise.Hint> hintsTaken() {
        return exercise.hints().subList(0, Math.min(item.hintsUsed(), exercise.hints().size()));
    }

    /** Give up: no points, and the answer may be shown. A solved exercise stays solved. */
    public void giveUp() {
        if (finished()) {
            return;
        }
        item.giveUp();
        changed();
        events.accept(LearnerEvent.gaveUp(unitId, exercise.id()));
    }

    private void changed() {
        // A hands-on lesson is done once it is read and every exercise is answered or given up.
        if (unit.read() && unit.exercisesAllFinished()) {
            unit.complete(now.get());
        }
        save.run();
    }
}
