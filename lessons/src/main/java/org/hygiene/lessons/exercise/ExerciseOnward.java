package org.hygiene.lessons.exercise;

import java.util.List;
import java.util.Optional;

/**
 * The way on from an exercise, as rustlings offers it: the lesson's next exercise, which the
 * learner opens with {@code next} once this one is over. The host that opened the exercise (the
 * lesson) offers it and, when asked for, opens it; a host that cannot (a single exercise on the
 * command line) offers none.
 */
public final class ExerciseOnward {
    /** No way on: {@code next} says so and the learner goes {@code back}. */
    public static final ExerciseOnward NONE = new ExerciseOnward(null, null, false);

    private final Exercise next;
    private final String label;
    private final boolean last;
    private boolean requested;

    private ExerciseOnward(Exercise next, String label, boolean last) {
        this.next = next;
        this.label = label;
        this.last = last;
    }

    /** The exercise after {@code current} in {@code lesson}'s order, if there is one. */
    public static ExerciseOnward after(Exercise current, List<Exercise> lesson) {
        int at = lesson.indexOf(current);
        if (at < 0 || at + 1 >= lesson.size()) {
            return new ExerciseOnward(null, null, at >= 0);
        }
        Exercise next = lesson.get(at + 1);
        String title = next.title().isBlank() ? "" : ", " + next.title();
        return new ExerciseOnward(
                next, "exercise " + (at + 2) + " of " + lesson.size() + title, false);
    }

    /** How the next exercise is named to the learner ("exercise 2 of 4, The decoy"). */
    public Optional<String> label() {
        return Optional.ofNullable(label);
    }

    /** Whether this is the lesson's last exercise (as opposed to a host offering no way on). */
    public boolean last() {
        return last;
    }

    public Optional<Exercise> next() {
        return Optional.ofNullable(next);
    }

    /** The learner typed {@code next}: the host opens the next exercise when this one closes. */
    public void request() {
        if (next != null) {
            requested = true;
        }
    }

    public boolean requested() {
        return requested;
    }
}
