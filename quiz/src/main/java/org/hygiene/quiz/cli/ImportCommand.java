package org.hygiene.quiz.cli;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.hygiene.core.app.UserException;
import org.hygiene.core.course.CourseLoader;
import org.hygiene.core.course.Problem;
import org.hygiene.core.files.AtomicFiles;
import org.hygiene.core.spi.Console;
import org.hygiene.core.text.Slugs;
import org.hygiene.quiz.format.GiftReader;
import org.hygiene.quiz.format.MarkdownWriter;
import org.hygiene.quiz.format.QuizParser;
import org.hygiene.quiz.model.Quiz;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code hygiene quiz import FILE.gift}: convert GIFT (or plain quizdown) into a Hygiene quiz. */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = {
            "Convert a Moodle GIFT file (or a plain quizdown .md file) into a Hygiene quiz.",
            "Writes Markdown to standard output, or to a file with -o; add it to course.md to use"
                    + " it."
        })
final class ImportCommand implements Callable<Integer> {
    private final Console console;

    @Parameters(
            index = "0",
            paramLabel = "FILE",
            description = "A .gift (or .txt) GIFT file, or a quizdown .md file.")
    Path file;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            description = "Write the quiz to FILE.")
    Path output;

    @Option(
            names = "--id",
            paramLabel = "ID",
            description = "The new quiz's id (default: from the file).")
    String id;

    @Option(
            names = "--title",
            paramLabel = "TITLE",
            description = "The new quiz's title (default: from the file).")
    String title;

    ImportCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() throws IOException {
        String text;
        try {
            text = CourseLoader.read(file);
        } catch (NoSuchFileException e) {
            throw new UserException("no such file: " + file);
        } catch (CharacterCodingException e) {
            throw new UserException(file + " is not valid UTF-8");
        } catch (CourseLoader.TooLargeException e) {
            throw new UserException("cannot import " + file + ": " + e.getMessage());
        }
        String name = file.getFileName().toString();
        String base = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
        Quiz quiz;
        List<Problem> problems;
        if (name.toLowerCase(Locale.ROOT).endsWith(".md")) {
            QuizParser.Result r = QuizParser.parseFile(name, text);
            quiz = r.quiz();
            problems = r.problems();
            if (!problems.isEmpty()) {
                report(problems);
                throw new UserException(name + " is not a valid quiz; nothing was written");
            }
        } else {
            GiftReader.Result r = GiftReader.read(name, text, base);
            quiz = r.quiz();
            problems = r.problems();
            report(problems);
        }
        quiz =
                new Quiz(
                        id != null ? id : Slugs.of(quiz.id()),
                        title != null ? title : quiz.title(),
                        quiz.settings(),
                        quiz.intro(),
                        quiz.questions());
        String markdown = MarkdownWriter.write(quiz);
        QuizParser.Result check =
                QuizParser.parseFile(output == null ? "imported.md" : output.toString(), markdown);
        if (!check.ok()) {
            report(check.problems());
            throw new UserException("the converted quiz is not valid; nothing was written");
        }
        if (output == null) {
            console.out().print(markdown);
        } else {
            AtomicFiles.write(output, markdown.getBytes(StandardCharsets.UTF_8));
            console.out()
                    .println(
                            "Wrote "
                                    + quiz.questions().size()
                                    + " questions to "
                                    + output
                                    + "; list it in course.md under quizzes/ to use it.");
        }
        console.out().flush();
        return 0;
    }

    private void report(List<Problem> problems) {
        for (Problem p : problems) {
            console.err().println(p);
        }
        console.err().flush();
    }
}
