package org.hygiene.core.pacing;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
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

    /**
     * The trainer asks everyone to open {@code unit} ("everyone to unit N", or the room's quiz);
     * {@code serial} tells one invitation from the next, so a learner who took one is offered the
     * next again.
     */
    public record Invitation(String unit, long serial) {}

    private final Map<String, String> locked = Collections.synchronizedMap(new LinkedHashMap<>());
    private final AtomicReference<RoomQuiz> roomQuiz = new AtomicReference<>();
    private final AtomicReference<Invitation> invitation = new AtomicReference<>();
    private final AtomicLong changes = new AtomicLong();
    private final AtomicReference<RoomQuiz> lastRoomQuiz = new AtomicReference<>();
    private volatile Runnable onChange = () -> {};

    /** Call {@code listener} after every change (the class keeps its pacing on disk). */
    public void onChange(Runnable listener) {
        this.onChange = listener == null ? () -> {} : listener;
    }

    private void changed() {
        changes.incrementAndGet();
        onChange.run();
    }

    /** Lock {@code unit}; learners see {@code reason} on the map and cannot open it. */
    public void lock(String unit, String reason) {
        locked.put(unit, reason == null || reason.isBlank() ? "locked by the trainer" : reason);
        changed();
    }

    public void release(String unit) {
        locked.remove(unit);
        changed();
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
        lastRoomQuiz.set(quiz);
        changed();
    }

    public void endRoomQuiz() {
        roomQuiz.set(null);
        changed();
    }

    /** Offer {@code unit} to everyone; replaces any earlier invitation. */
    public Invitation invite(String unit) {
        Invitation next = new Invitation(unit, changes.incrementAndGet());
        invitation.set(next);
        onChange.run();
        return next;
    }

    /** Withdraw the invitation (the trainer moved on). */
    public void withdrawInvitation() {
        invitation.set(null);
        changed();
    }

    public Optional<Invitation> invitation() {
        return Optional.ofNullable(invitation.get());
    }

    /** Grows on every change, so screens can tell when to draw again. */
    public long changes() {
        return changes.get();
    }

    /** The room's latest quiz, running or ended, so its results can still be shown. */
    public Optional<RoomQuiz> lastRoomQuiz() {
        return Optional.ofNullable(lastRoomQuiz.get());
    }

    /**
     * Take up where an earlier run of the class left off (a server restarted): its locks, its
     * running quiz, the last quiz and the invitation.
     */
    public void restore(
            Map<String, String> locks, RoomQuiz running, RoomQuiz last, String invitedUnit) {
        locked.putAll(locks);
        roomQuiz.set(running);
        lastRoomQuiz.set(last != null ? last : running);
        if (invitedUnit != null) {
            invitation.set(new Invitation(invitedUnit, changes.incrementAndGet()));
        }
        changes.incrementAndGet();
    }

    public Optional<RoomQuiz> roomQuiz() {
        return Optional.ofNullable(roomQuiz.get());
    }

    /** The room quiz if it is {@code unit}'s. */
    public Optional<RoomQuiz> roomQuizFor(String unit) {
        return roomQuiz().filter(q -> q.unit().equals(unit));
    }
}
