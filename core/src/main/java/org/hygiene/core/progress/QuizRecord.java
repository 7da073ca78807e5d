package org.hygiene.core.progress;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The quiz plug-in's typed slot in a unit's progress: the attempts submitted (graded and practice,
 * each kept by its id so a merge never loses or repeats one), the attempt in progress, and the ids
 * of attempts the learner discarded. A graded attempt, once recorded, is never undone.
 */
public final class QuizRecord {
    /** How one question of a graded attempt was marked. */
    public record QuestionResult(
            String questionId, boolean correct, double points, int maxPoints) {}

    /** A submitted graded attempt; the best one is the unit's score. */
    public record Graded(
            String id,
            long seed,
            Instant started,
            Instant submitted,
            double points,
            double maxPoints,
            double percent,
            boolean passed,
            List<QuestionResult> questions) {
        public Graded {
            questions = List.copyOf(questions);
        }
    }

    /** A submitted practice retake: counted, never part of the grade. */
    public record Practice(
            String id, Instant submitted, double points, double maxPoints, double percent) {}

    /**
     * The attempt in progress, saved after every answer. {@code responses} holds each answer in the
     * quiz plug-in's own encoding; {@code savedAt} orders two copies of the same attempt.
     */
    public record Open(
            String id,
            String kind,
            long seed,
            Instant started,
            List<String> questionIds,
            int index,
            long elapsedMillis,
            Map<String, String> responses,
            Map<String, Long> millis,
            Instant savedAt) {
        public Open {
            questionIds = List.copyOf(questionIds);
            responses = Collections.unmodifiableMap(new LinkedHashMap<>(responses));
            millis = Collections.unmodifiableMap(new LinkedHashMap<>(millis));
        }

        public boolean graded() {
            return "graded".equals(kind);
        }
    }

    private final List<Graded> graded = new ArrayList<>();
    private final List<Practice> practice = new ArrayList<>();
    private final Set<String> discarded = new LinkedHashSet<>();
    private Open open;

    public List<Graded> graded() {
        return Collections.unmodifiableList(graded);
    }

    public int gradedCount() {
        return graded.size();
    }

    /** The best graded attempt (highest percent, the earlier one on a tie). */
    public Optional<Graded> best() {
        Graded best = null;
        for (Graded g : graded) {
            if (best == null || g.percent() > best.percent()) {
                best = g;
            }
        }
        return Optional.ofNullable(best);
    }

    public List<Practice> practice() {
        return Collections.unmodifiableList(practice);
    }

    public Optional<Open> open() {
        return Optional.ofNullable(open);
    }

    public Set<String> discarded() {
        return Collections.unmodifiableSet(discarded);
    }

    /** Keep the attempt in progress (replacing the earlier save of it). */
    public void saveOpen(Open attempt) {
        if (!closed(attempt.id())) {
            open = attempt;
        }
    }

    /** Drop the attempt in progress; it will not come back from another copy's save. */
    public void discardOpen() {
        if (open != null) {
            discarded.add(open.id());
            open = null;
        }
    }

    /** Record a submitted graded attempt, once: the first record of an id stands. */
    public void record(Graded attempt) {
        if (graded.stream().noneMatch(g -> g.id().equals(attempt.id()))) {
            graded.add(attempt);
        }
        closeOpen(attempt.id());
    }

    /** Record a submitted practice retake, once. */
    public void record(Practice attempt) {
        if (practice.stream().noneMatch(p -> p.id().equals(attempt.id()))) {
            practice.add(attempt);
        }
        closeOpen(attempt.id());
    }

    public boolean isEmpty() {
        return graded.isEmpty() && practice.isEmpty() && discarded.isEmpty() && open == null;
    }

    /** Whether the attempt with this id was submitted or discarded. */
    public boolean closed(String id) {
        return discarded.contains(id)
                || graded.stream().anyMatch(g -> g.id().equals(id))
                || practice.stream().anyMatch(p -> p.id().equals(id));
    }

    private void closeOpen(String id) {
        if (open != null && open.id().equals(id)) {
            open = null;
        }
    }

    /** Restore the discarded ids, as read from a file. */
    void restoreDiscarded(String id) {
        discarded.add(id);
    }

    /**
     * Merge another copy of this record into this one: the union of the submitted and discarded
     * attempts; the attempt in progress from whichever side changed it (this process wins only if
     * it changed it since {@code base}; of two saves of one attempt the later wins).
     */
    void merge(QuizRecord base, QuizRecord disk) {
        disk.graded.forEach(this::recordQuietly);
        disk.practice.forEach(p -> record(p));
        discarded.addAll(disk.discarded);
        Open baseOpen = base == null ? null : base.open;
        Open mine = open;
        Open theirs = disk.open;
        boolean changedHere = !java.util.Objects.equals(mine, baseOpen);
        if (!changedHere) {
            open = theirs;
        } else if (mine != null
                && theirs != null
                && mine.id().equals(theirs.id())
                && theirs.savedAt() != null
                && mine.savedAt() != null
                && theirs.savedAt().isAfter(mine.savedAt())) {
            open = theirs;
        }
        if (open != null && closed(open.id())) {
            open = null;
        }
        graded.sort(
                Comparator.comparing(
                        Graded::submitted, Comparator.nullsFirst(Comparator.naturalOrder())));
        practice.sort(
                Comparator.comparing(
                        Practice::submitted, Comparator.nullsFirst(Comparator.naturalOrder())));
    }

    /** Take the disk's record of an attempt: it was recorded first, so it stands. */
    private void recordQuietly(Graded g) {
        graded.removeIf(x -> x.id().equals(g.id()));
        graded.add(g);
    }

    /** Bring forged scores into range (0 to the maximum, 0 to 100 percent). */
    boolean clamp() {
        boolean changed = false;
        for (int i = 0; i < graded.size(); i++) {
            Graded g = graded.get(i);
            double max = Math.max(0, g.maxPoints());
            double points = Math.max(0, Math.min(g.points(), max));
            double percent = max == 0 ? 0 : Math.max(0, Math.min(100, 100 * points / max));
            List<QuestionResult> questions = new ArrayList<>();
            for (QuestionResult r : g.questions()) {
                int qmax = Math.max(0, r.maxPoints());
                questions.add(
                        new QuestionResult(
                                r.questionId(),
                                r.correct(),
                                Math.max(0, Math.min(r.points(), qmax)),
                                qmax));
            }
            Graded fixed =
                    new Graded(
                            g.id(),
                            g.seed(),
                            g.started(),
                            g.submitted(),
                            points,
                            max,
                            Math.abs(percent - g.percent()) < 0.01 ? g.percent() : percent,
                            g.passed(),
                            questions);
            if (!fixed.equals(g)) {
                graded.set(i, fixed);
                changed = true;
            }
        }
        return changed;
    }

    QuizRecord copy() {
        QuizRecord c = new QuizRecord();
        c.graded.addAll(graded);
        c.practice.addAll(practice);
        c.discarded.addAll(discarded);
        c.open = open;
        return c;
    }
}
