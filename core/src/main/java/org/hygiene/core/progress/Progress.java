package org.hygiene.core.progress;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Everything one learner has done in the course. One instance per session: the store merges it with
 * what other sessions and programs saved for the same learner every time it is saved.
 */
public final class Progress {
    /** 2: typed quiz attempts, the read mark and the epoch; 1 (read and migrated): a data map. */
    public static final int SCHEMA_VERSION = 2;

    private final String learner;
    private String epoch;
    private String current;
    private Instant updatedAt;
    private final Map<String, UnitProgress> units = new LinkedHashMap<>();

    /** What this process last saw on disk (merged), to tell its own changes from others'. */
    private Progress base;

    public Progress(String learner) {
        this.learner = learner;
    }

    public String learner() {
        return learner;
    }

    /** The unit the learner was last in, to return to it; null if none. */
    public String current() {
        return current;
    }

    public void current(String unitId) {
        current = unitId;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    /** The unit's record, created on first use. */
    public UnitProgress unit(String id) {
        return units.computeIfAbsent(id, k -> new UnitProgress());
    }

    public Optional<UnitProgress> find(String id) {
        return Optional.ofNullable(units.get(id));
    }

    public UnitState state(String id) {
        return find(id).map(UnitProgress::state).orElse(UnitState.NEW);
    }

    public Map<String, UnitProgress> units() {
        return Collections.unmodifiableMap(units);
    }

    /**
     * Identifies this run of the learner's record; a reset or an import starts a new one, so that
     * copies still holding the old record give it up instead of bringing it back. Null until saved.
     */
    String epoch() {
        return epoch;
    }

    void epoch(String id) {
        epoch = id;
    }

    void updatedAt(Instant at) {
        updatedAt = at;
    }

    void putUnit(String id, UnitProgress unit) {
        units.put(id, unit);
    }

    Progress base() {
        return base;
    }

    void base(Progress snapshot) {
        base = snapshot;
    }

    /**
     * Merge what is on disk into this progress, in place (players keep their references): see
     * docs/progress.md for the rules. Returns false when the disk holds a new epoch (a reset or an
     * import elsewhere): then this progress becomes the disk's and its own steps are dropped.
     */
    boolean merge(Progress disk) {
        if (epoch != null && disk.epoch != null && !epoch.equals(disk.epoch)) {
            units.clear();
            disk.units.forEach((id, u) -> units.put(id, u.copy()));
            current = disk.current;
            epoch = disk.epoch;
            return false;
        }
        if (epoch == null) {
            epoch = disk.epoch;
        }
        boolean movedHere =
                base == null ? current != null : !java.util.Objects.equals(current, base.current);
        if (!movedHere) {
            current = disk.current;
        }
        disk.units.forEach(
                (id, theirs) -> {
                    UnitProgress mine = units.get(id);
                    if (mine == null) {
                        units.put(id, theirs.copy());
                    } else {
                        mine.merge(base == null ? null : base.units.get(id), theirs);
                    }
                });
        return true;
    }

    /** A deep copy (without its base). */
    Progress copy() {
        Progress c = new Progress(learner);
        c.epoch = epoch;
        c.current = current;
        c.updatedAt = updatedAt;
        units.forEach((id, u) -> c.units.put(id, u.copy()));
        return c;
    }
}
