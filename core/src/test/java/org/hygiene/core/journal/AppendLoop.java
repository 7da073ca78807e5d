package org.hygiene.core.journal;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import org.hygiene.core.events.LearnerEvent;

/**
 * Append events to a journal until killed, printing how many were recorded after each one; started
 * as a separate JVM by {@link KillDuringAppendTest}.
 */
public final class AppendLoop {
    private AppendLoop() {}

    public static void main(String[] args) throws Exception {
        try (ClassJournal journal =
                ClassJournal.open(Path.of(args[0]), new PrintWriter(System.err, true))) {
            for (long i = 1; ; i++) {
                journal.record(
                        LearnerEvent.query(
                                        "lesson-3", "ex-" + (i % 7), "x".repeat((int) (i % 900)), i)
                                .at(Instant.ofEpochSecond(i))
                                .by("alice"));
                System.out.println(i);
                System.out.flush();
            }
        }
    }
}
