package org.hygiene.core.progress;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Everything one learner has done in the course. */
public final class Progress {
    public static final int SCHEMA_VERSION = 1;

    private final String learner;

    /** The unit the learner was last in, to return to it. */
    public String current;

    public Instant updatedAt;
    private final Map<String, UnitProgress> units = new LinkedHashMap<>();

    public Progress(String learner) {
        this.learner = learner;
    }

    public String learner() {
        return learner;
    }

    public UnitProgress unit(String id) {
        return units.computeIfAbsent(id, k -> new UnitProgress());
    }

    public Optional<UnitProgress> find(String id) {
        return Optional.ofNullable(units.get(id));
    }

    public UnitState state(String id) {
        return find(id).map(u -> u.state).orElse(UnitState.NEW);
    }

    public Map<String, UnitProgress> units() {
        return units;
    }
}
