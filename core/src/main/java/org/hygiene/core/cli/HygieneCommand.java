package org.hygiene.core.cli;

import java.util.concurrent.Callable;
import org.hygiene.core.app.AppContext;
import org.hygiene.core.screen.CourseMapScreen;
import org.hygiene.core.screen.PlainCourseMap;
import org.hygiene.core.spi.CommandModels;
import org.hygiene.core.spi.Session;
import picocli.CommandLine.Model.CommandSpec;

/** {@code hygiene} with no subcommand: the course map, interactive on a terminal. */
final class HygieneCommand implements Callable<Integer> {
    private final AppContext context;

    private HygieneCommand(AppContext context) {
        this.context = context;
    }

    /**
     * The command's picocli model, built in code (see {@link CommandModels}); the global options
     * are added by the launcher as a mixin ({@link GlobalOptionsMixin}).
     */
    static CommandSpec spec(AppContext context) {
        CommandSpec spec = CommandSpec.wrapWithoutInspection(new HygieneCommand(context));
        spec.name("hygiene");
        spec.versionProvider(new VersionProvider());
        spec.usageMessage()
                .autoWidth(true)
                .description(
                        "Learn cyber hygiene through the 2021 Microsoft Exchange Server attacks.",
                        "",
                        "With no command, opens the course map (printed as text when not on a"
                                + " terminal).");
        CommandModels.addStandardHelp(spec);
        return spec;
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
