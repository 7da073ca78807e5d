package org.hygiene.core.spi;

import java.nio.file.Path;
import org.hygiene.core.course.Course;

/** The course being played, the learner playing it, and where their files live. */
public interface LearnerAccess {

    /** Return the course: {@code --content DIR}, else the one bundled in the jar. */
    Course course();

    /** Return the learner's name: {@code HYGIENE_LEARNER}, else the operating-system user. */
    String learner();

    /** Return the learner's data directory (progress, history). */
    Path dataDir();

    /** Open a session for the current learner on the launcher's terminal. */
    Session session();
}
