package org.hygiene.quiz.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.hygiene.core.app.AppContext;
import org.hygiene.core.course.Unit;
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
    private final AppContext context;

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

    ExportCommand(AppContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException {
        if (!format.equalsIgnoreCase("gift")) {
            throw new CommandLine.ParameterException(
                    new CommandLine(this), "--format must be gift, not '" + format + "'");
        }
        Unit unit = QuizCommand.find(context.session(), id);
        GiftWriter.Result gift = GiftWriter.write(QuizLoader.load(unit));
        for (String w : gift.warnings()) {
            context.err().println("hygiene: warning: " + w);
        }
        context.err().flush();
        if (output == null) {
            context.out().print(gift.text());
            context.out().flush();
        } else {
            Files.writeString(output, gift.text(), StandardCharsets.UTF_8);
            context.out().println("Wrote " + output);
        }
        return 0;
    }
}
