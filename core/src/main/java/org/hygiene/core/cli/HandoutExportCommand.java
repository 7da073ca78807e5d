package org.hygiene.core.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.hygiene.core.app.AppContext;
import org.hygiene.core.app.UserException;
import org.hygiene.core.handout.HandoutSite;
import org.hygiene.core.text.Sanitizer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code hygiene export html}: the course as a static site for handouts. */
@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description = "Export the course for handouts.")
final class HandoutExportCommand implements Callable<Integer> {

    /** The command with its subcommands, ready to add to the launcher. */
    static picocli.CommandLine commandLine(AppContext context) {
        picocli.CommandLine cli = new picocli.CommandLine(new HandoutExportCommand());
        cli.addSubcommand(new Html(context));
        return cli;
    }

    @Override
    public Integer call() {
        throw new UserException("say what to export: hygiene export html [--out DIR] [--answers]");
    }

    /** {@code hygiene export html [--out DIR] [--answers]}. */
    @Command(
            name = "html",
            mixinStandardHelpOptions = true,
            description = {
                "Write the course as a static site: a page per lesson and quiz, and print.html with"
                        + " the whole course to print. It needs nothing online.",
                "",
                "Questions appear without their answers. --answers also writes answers.html, the"
                        + " trainer's key (answers, reference queries, quiz keys)."
            },
            usageHelpAutoWidth = true)
    static final class Html implements Callable<Integer> {
        private final AppContext context;

        @Option(
                names = "--out",
                paramLabel = "DIR",
                description = "Where to write the site (default: ${DEFAULT-VALUE}).",
                defaultValue = "hygiene-handouts")
        Path out;

        @Option(names = "--answers", description = "Also write the trainer's key, answers.html.")
        boolean answers;

        Html(AppContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            HandoutSite site =
                    new HandoutSite(context.course(), u -> context.plugins().playerFor(u.kind()));
            List<Path> written;
            try {
                written = site.write(out, answers);
            } catch (IOException e) {
                throw new UserException(
                        "cannot write the site in "
                                + Sanitizer.clean(out.toString())
                                + ": "
                                + Sanitizer.clean(String.valueOf(e.getMessage())),
                        e);
            }
            context.out()
                    .println(
                            "Wrote "
                                    + written.size()
                                    + " pages to "
                                    + Sanitizer.clean(out.toString())
                                    + ": open "
                                    + Sanitizer.clean(written.get(0).toString())
                                    + (answers
                                            ? "; the trainer's key is "
                                                    + HandoutSite.ANSWERS_PAGE
                                                    + ", not for learners"
                                            : ""));
            context.out().flush();
            return 0;
        }
    }
}
