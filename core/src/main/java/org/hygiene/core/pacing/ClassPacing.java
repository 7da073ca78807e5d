package org.hygiene.core.pacing;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What the trainer decides for the whole room, shared by every session of a served class: units
 * locked (with why), and the quiz the room is taking together. A course played alone has its own
 * instance with nothing locked. Safe to read from every learner's thread while the trainer changes
 * it.
 */
public final class ClassPacing {
    /**
     * The quiz the trainer started for the room: every learner draws the same paper ({@code seed})
     * and has {@code timeLimit} (null: the quiz's own).
     */
    public record RoomQuiz(String unit, long seed, Duration timeLimit, Instant started) {}

    private final Map<String, String> locked = Collections.synchronizedMap(new LinkedHashMap<>());
    private final AtomicReference<RoomQuiz> roomQuiz = new AtomicReference<>();

    /** Lock {@code unit}; learners see {@code reason} on the map and cannot open it. */
    public void lock(String unit, String reason) {
        locked.put(unit, reason == null || reason.isBlank() ? "locked by the trainer" : reason);
    }

    public void release(String unit) {
        locked.remove(unit);
    }

    /** Why {@code unit} is locked, or empty when it may be opened. */
    public Optional<String> lockReason(String unit) {
        return Optional.ofNullable(locked.get(unit));
    }

    public Map<String, String> locked() {
        synchronized (locked) {
            return Map.copyOf(locked);
        }
    }

    public void startRoomQuiz(RoomQuiz quiz) {
        roomQuiz.set(quiz);
    }

    public void endRoomQuiz() {
        roomQuiz.set(null);
    }

    public Optional<RoomQuiz> roomQuiz() {
        return Optional.ofNullable(roomQuiz.get());
    }

    /** The room quiz if it is {@code unit}'s. */
    public Optional<RoomQuiz> roomQuizFor(String unit) {
        return roomQuiz().filter(q -> q.unit().equals(unit));
    }
}
