package org.hygiene.lessons.player;

import java.util.List;
import org.hygiene.core.course.Unit;

/**
 * The lesson's objectives from its front matter, shown under its title so that a learner knows what
 * the lesson is for before reading it.
 */
final class LessonObjectives {
    private LessonObjectives() {}

    static final String LEAD = "**In this lesson you will learn to:**";

    /** Insert the objectives after the body's first top-level heading (or at the top). */
    static String insert(Unit unit, String body) {
        List<String> objectives = unit.frontMatter().list("objectives");
        if (objectives.isEmpty()) {
            return body;
        }
        StringBuilder block = new StringBuilder("\n").append(LEAD).append("\n\n");
        for (String objective : objectives) {
            block.append("- ").append(objective.strip()).append('\n');
        }
        block.append('\n');
        int at = headingEnd(body);
        return body.substring(0, at) + block + body.substring(at);
    }

    /** The index just after the first line that starts with "# ", or 0 when there is none. */
    private static int headingEnd(String body) {
        int start = 0;
        while (start < body.length()) {
            int end = body.indexOf('\n', start);
            int next = end < 0 ? body.length() : end + 1;
            String line = body.substring(start, end < 0 ? body.length() : end);
            if (line.startsWith("# ")) {
                return next;
            }
            if (!line.isBlank()) {
                return 0;
            }
            start = next;
        }
        return 0;
    }
}
