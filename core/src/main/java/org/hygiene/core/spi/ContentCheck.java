package org.hygiene.core.spi;

import java.util.List;
import org.hygiene.core.course.Course;
import org.hygiene.core.course.Problem;
import org.hygiene.core.course.Unit;

/**
 * Check course content that only a plug-in understands (exercise blocks and their proofs, quiz
 * questions). {@code hygiene validate}, {@code preview} and the build's proof of the bundled course
 * all run the same checks, through this interface.
 */
public interface ContentCheck {

    /**
     * Check one unit of {@code course}; report problems with positions, paths relative to the
     * course root. A check may keep state across the units of one course (caches).
     */
    List<Problem> check(Course course, Unit unit);
}
