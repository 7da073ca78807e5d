package org.hygiene.core.classroom;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The live sessions of one served class: who is connected now. The server adds and removes
 * sessions; the trainer's console listens. Listeners are called on the thread of the session that
 * changed, so they must be quick and must not throw (a throwing listener is skipped, never the
 * session).
 */
public final class ClassroomSessions {

    /** What the trainer's side hears about. Every method has a no-op default. */
    public interface Listener {
        /** A learner signed in and their course is starting. */
        default void joined(LiveSession session) {}

        /** A learner's session ended; {@code why} is short text such as "disconnected". */
        default void left(LiveSession session, String why) {}

        /** A learner's window changed size. */
        default void resized(LiveSession session) {}
    }

    private final Map<String, LiveSession> byLearner = new ConcurrentHashMap<>();
    private final java.util.Set<LiveSession> announced = ConcurrentHashMap.newKeySet();
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();

    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    /** The sessions now live (started, with their course session), at most one per learner. */
    public Collection<LiveSession> all() {
        return new ArrayList<>(announced);
    }

    /** The learner's session, started or still starting (asking to take over, loading). */
    public Optional<LiveSession> of(String learner) {
        return Optional.ofNullable(byLearner.get(learner));
    }

    public int size() {
        return announced.size();
    }

    /** Show {@code text} on every connected learner's screen. */
    public void broadcast(String text) {
        for (LiveSession s : all()) {
            s.notice(text);
        }
    }

    /**
     * Reserve the learner's one place for a starting session. Returns false when the learner
     * already has a session (the server then asks the newcomer whether to take over).
     */
    public boolean reserve(LiveSession session) {
        return byLearner.putIfAbsent(session.learner(), session) == null;
    }

    /** Tell listeners that a reserved session has started: its course session is ready. */
    public void announce(LiveSession session) {
        if (byLearner.get(session.learner()) == session && announced.add(session)) {
            for (Listener l : listeners) {
                call(() -> l.joined(session));
            }
        }
    }

    /** Unregister an ended session (only if it is still the registered one). */
    public void remove(LiveSession session, String why) {
        if (byLearner.remove(session.learner(), session) && announced.remove(session)) {
            for (Listener l : listeners) {
                call(() -> l.left(session, why));
            }
        }
    }

    /** Tell listeners that a session's window changed size. */
    public void resized(LiveSession session) {
        for (Listener l : listeners) {
            call(() -> l.resized(session));
        }
    }

    private static void call(Runnable r) {
        try {
            r.run();
        } catch (RuntimeException e) {
            // A listener's bug must not end a learner's session.
        }
    }
}
