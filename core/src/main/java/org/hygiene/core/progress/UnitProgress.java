package org.hygiene.core.progress;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.hygiene.core.text.PointsText;

/**
 * A learner's record for one unit: its state, where they were reading, the lesson's exercises and
 * the quiz's attempts. Players change it through its methods, then ask the session to save.
 */
public final class UnitProgress {
    private UnitState state = UnitState.NEW;
    private Instant startedAt;
    private Instant completedAt;
    private Instant readAt;
    private int position;
    private final Map<String, ItemProgress> items = new LinkedHashMap<>();
    private QuizRecord quiz = new QuizRecord();

    public UnitState state() {
        return state;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant completedAt() {
        return completedAt;
    }

    /** When the learner first reached the end of the lesson, or null. */
    public Instant readAt() {
        return readAt;
    }

    public boolean read() {
        return readAt != null;
    }

    /** The reading position (first visible line) in a lesson, for resuming. */
    public int position() {
        return position;
    }

    public void position(int line) {
        position = Math.max(0, line);
    }

    /** The exercises of a lesson, by id, in the order they were first seen. */
    public Map<String, ItemProgress> items() {
        return Collections.unmodifiableMap(items);
    }

    /** The exercise's record, created on first use. */
    public ItemProgress item(String id) {
        return items.computeIfAbsent(id, k -> new ItemProgress());
    }

    public Optional<ItemProgress> findItem(String id) {
        return Optional.ofNullable(items.get(id));
    }

    /** The quiz plug-in's record of attempts (empty for a lesson). */
    public QuizRecord quiz() {
        return quiz;
    }

    /** How many exercises are over (solved or given up). */
    public int exercisesFinished() {
        return (int) items.values().stream().filter(ItemProgress::finished).count();
    }

    /** Whether every exercise is over (true when there are none). */
    public boolean exercisesAllFinished() {
        return items.values().stream().allMatch(ItemProgress::finished);
    }

    /** Points earned: the best graded attempt of a quiz, else the exercises' points. */
    public int score() {
        return quiz.best()
                .map(g -> (int) Math.floor(g.points() + 1e-9))
                .orElseGet(() -> items.values().stream().mapToInt(ItemProgress::points).sum());
    }

    /**
     * Points earned as people read them: a quiz's partial credit is kept to two decimals ({@code
     * 2.17}), where {@link #score} rounds down for totals.
     */
    public double points() {
        return quiz.best().map(g -> PointsText.round(g.points())).orElseGet(() -> (double) score());
    }

    /** {@link #points} out of {@link #maxScore}, as {@code 2.17/5} or {@code 45/50}. */
    public String scoreText() {
        return PointsText.format(points()) + "/" + maxScore();
    }

    /** The points there are to earn; 0 when nothing is scored yet. */
    public int maxScore() {
        return quiz.best()
                .map(g -> (int) Math.round(g.maxPoints()))
                .orElseGet(() -> items.values().stream().mapToInt(ItemProgress::maxPoints).sum());
    }

    /** Mark the unit started, once. */
    public void start(Instant now) {
        if (state == UnitState.NEW) {
            state = UnitState.STARTED;
            startedAt = now;
        }
    }

    /** Mark the lesson read to its end, keeping the first time. */
    public void markRead(Instant now) {
        start(now);
        if (readAt == null) {
            readAt = now;
        }
    }

    /** Mark the unit done, keeping the first completion time. */
    public void complete(Instant now) {
        start(now);
        if (state != UnitState.DONE) {
            state = UnitState.DONE;
            completedAt = now;
        }
    }

    /** Restore the unit's own fields, as read from a file. */
    void restore(
            UnitState state, Instant startedAt, Instant completedAt, Instant readAt, int position) {
        this.state = state;
        this.startedAt = startedAt;
        this.completedAt = completedAt;
        this.readAt = readAt;
        this.position = position;
    }

    void putItem(String id, ItemProgress item) {
        items.put(id, item);
    }

    void removeItem(String id) {
        items.remove(id);
    }

    void quiz(QuizRecord record) {
        quiz = record;
    }

    /** Set the state as migrated from an older file (which may have marked too much done). */
    void downgradeTo(UnitState s) {
        state = s;
        if (s != UnitState.DONE) {
            completedAt = null;
        }
    }

    /**
     * Merge another copy of this unit into this one: the furthest state, the first times, every
     * exercise's steps, every quiz attempt; the reading position from whichever side moved it.
     */
    void merge(UnitProgress base, UnitProgress disk) {
        if (disk.state.ordinal() > state.ordinal()) {
            state = disk.state;
        }
        startedAt = first(startedAt, disk.startedAt);
        completedAt = state == UnitState.DONE ? first(completedAt, disk.completedAt) : null;
        readAt = first(readAt, disk.readAt);
        if (base != null && position == base.position) {
            position = disk.position;
        }
        disk.items.forEach(
                (id, theirs) -> {
                    ItemProgress mine = items.get(id);
                    if (mine == null) {
                        items.put(id, theirs.copy());
                    } else {
                        mine.merge(base == null ? null : base.items.get(id), theirs);
                    }
                });
        quiz.merge(base == null ? null : base.quiz, disk.quiz);
    }

    private static Instant first(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isBefore(b) ? a : b;
    }

    /** Bring forged or damaged values into range; returns true if anything changed. */
    boolean clamp() {
        boolean changed = position < 0;
        position = Math.max(0, position);
        for (ItemProgress i : items.values()) {
            changed |= i.clamp();
        }
        return quiz.clamp() | changed;
    }

    UnitProgress copy() {
        UnitProgress c = new UnitProgress();
        c.restore(state, startedAt, completedAt, readAt, position);
        items.forEach((id, i) -> c.items.put(id, i.copy()));
        c.quiz = quiz.copy();
        return c;
    }
}
