package org.hygiene.core.classroom;

import java.time.Instant;
import org.hygiene.core.spi.Session;

/**
 * One learner connected to a served class, as the trainer's side sees it. The classroom server
 * implements it; the trainer's console observes it (who, from where, which unit, what size) and
 * reaches it (a notice on the learner's screen, closing it).
 */
public interface LiveSession {

    /** A short id unique within the server run, e.g. {@code alice#3}. */
    String id();

    String learner();

    /** The client's address as the server saw it, e.g. {@code 192.0.2.7:53122}. */
    String address();

    Instant connectedAt();

    /**
     * The learner's course session: their progress ({@code session().progress().current} is the
     * unit they are in), and {@link Session#sendEventsTo} for what they do.
     */
    Session session();

    /** The learner's window size in columns and rows, as their client last reported it. */
    int columns();

    int rows();

    /** Show {@code text} on the learner's screen without moving them from where they are. */
    void notice(String text);

    /**
     * End the session: the learner sees {@code reason}, their progress is saved and the connection
     * closes.
     */
    void close(String reason);
}
