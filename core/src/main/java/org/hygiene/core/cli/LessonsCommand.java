package org.hygiene.core.cli;

import java.util.concurrent.Callable;
import org.hygiene.core.app.AppContext;
import org.hygiene.core.screen.PlainCourseMap;
import picocli.CommandLine.Command;

/** {@code hygiene lessons}: list the units of the course with the learner's state. */
@Command(
        name = "lessons",
        mixinStandardHelpOptions = true,
        description = "List the lessons and quizzes with your progress.")
final class LessonsCommand implements Callable<Integer> {
    private final AppContext context;

    LessonsCommand(AppContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        PlainCourseMap.print(context.session(), context.out());
        return 0;
    }
}
