package org.hygiene.core.console;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;
import org.hygiene.core.classroom.ClassroomSessions;
import org.hygiene.core.course.Course;
import org.hygiene.core.results.CourseLabels;
import org.hygiene.core.results.StuckRule;

/**
 * What the trainer's console watches and acts on: the class's recorded events and pacing, the live
 * sessions, the roster's names (read again as learners are added) and the course; {@code joinLines}
 * tell how learners connect.
 */
public record ConsoleRoom(
        String className,
        Path classRoot,
        Course course,
        CourseLabels labels,
        ClassroomRecorder recorder,
        ClassroomSessions sessions,
        Supplier<List<String>> roster,
        StuckRule rule,
        Clock clock,
        ZoneId zone,
        List<String> joinLines) {

    public ConsoleRoom {
        joinLines = List.copyOf(joinLines);
    }
}
