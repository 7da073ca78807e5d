package org.hygiene.core.progress;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** A learner's record for one unit. Mutable: players update it, then ask the store to save. */
public final class UnitProgress {
    public UnitState state = UnitState.NEW;
    public Instant startedAt;
    public Instant completedAt;

    /** The reading position (first visible line) in a lesson, for resuming. */
    public int position;

    /** Points earned; only meaningful when {@code maxScore > 0}. */
    public int score;

    public int maxScore;

    /** Per exercise or question, by its id. */
    public final Map<String, ItemProgress> items = new LinkedHashMap<>();

    /** Free-form values a player keeps between sessions (a quiz in progress, for example). */
    public final Map<String, String> data = new LinkedHashMap<>();

    public ItemProgress item(String id) {
        return items.computeIfAbsent(id, k -> new ItemProgress());
    }

    public Optional<ItemProgress> findItem(String id) {
        return Optional.ofNullable(items.get(id));
    }

    /** Mark the unit started, once. */
    public void start(Instant now) {
        if (state == UnitState.NEW) {
            state = UnitState.STARTED;
            startedAt = now;
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

    /** Recompute the unit score from its items. */
    public void rescoreFromItems() {
        score = items.values().stream().mapToInt(i -> i.points).sum();
        maxScore = items.values().stream().mapToInt(i -> i.maxPoints).sum();
    }
}
