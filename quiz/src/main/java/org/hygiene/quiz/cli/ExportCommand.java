package org.hygiene.quiz.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.hygiene.core.course.Unit;
import org.hygiene.core.files.AtomicFiles;
import org.hygiene.core.spi.Console;
import org.hygiene.core.spi.LearnerAccess;
import org.hygiene.quiz.format.GiftWriter;
import org.hygiene.quiz.player.QuizLoader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code hygiene quiz export ID --format gift [-o FILE]}. */
@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description =
                "Write a quiz in Moodle's GIFT format (to standard output, or to a file with -o).")
final class ExportCommand implements Callable<Integer> {
    private final Console console;
    private final LearnerAccess learner;

    @Parameters(index = "0", paramLabel = "ID", description = "The quiz's id.")
    String id;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "gift",
            description = "Only gift for now (the default).")
    String format;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            description = "Write to FILE instead of standard output.")
    Path output;

    ExportCommand(Console console, LearnerAccess learner) {
        this.console = console;
        this.learner = learner;
    }

    @Override
    public Integer call() throws IOException {
        if (!format.equalsIgnoreCase("gift")) {
            throw new CommandLine.ParameterException(
                    new CommandLine(this), "--format must be gift, not '" + format + "'");
        }
        Unit unit = QuizCommand.find(learner.session(), id);
        GiftWriter.Result gift = GiftWriter.write(QuizLoader.load(unit));
        for (String w : gift.warnings()) {
            console.err().println("hygiene: warning: " + w);
        }
        console.err().flush();
        if (output == null) {
            console.out().print(gift.text());
            console.out().flush();
        } else {
            AtomicFiles.write(output, gift.text().getBytes(StandardCharsets.UTF_8));
            console.out().println("Wrote " + output);
        }
        return 0;
    }
}
