package org.hygiene.core.events;

/**
 * Where a session's learner events go: the class journal and the trainer's console when served,
 * nowhere otherwise. Called on the learner's thread, after each action; implementations must be
 * quick and must never throw into the learner's screen.
 */
@FunctionalInterface
public interface LearnerEventSink {
    /** Drop every event (a course played alone). */
    LearnerEventSink NONE = event -> {};

    void record(LearnerEvent event);
}
