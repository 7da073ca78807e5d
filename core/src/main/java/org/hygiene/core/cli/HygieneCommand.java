package org.hygiene.core.cli;

import java.util.concurrent.Callable;
import org.hygiene.core.app.AppContext;
import org.hygiene.core.screen.CourseMapScreen;
import org.hygiene.core.screen.PlainCourseMap;
import org.hygiene.core.spi.Session;
import picocli.CommandLine.Command;

/** {@code hygiene} with no subcommand: the course map, interactive on a terminal. */
@Command(
        name = "hygiene",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Learn cyber hygiene through the 2021 Microsoft Exchange Server attacks.",
            "",
            "With no command, opens the course map (printed as text when not on a terminal)."
        },
        usageHelpAutoWidth = true)
final class HygieneCommand implements Callable<Integer> {
    private final AppContext context;

    HygieneCommand(AppContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Session session = context.session();
        if (context.interactive()) {
            new CourseMapScreen(session).run();
        } else {
            PlainCourseMap.print(session, context.out());
        }
        return 0;
    }
}
