package org.hygiene.content.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hygiene.core.course.FrontMatterParser;
import org.hygiene.core.course.OutlineParser;
import org.hygiene.core.course.Problem;
import org.hygiene.core.testing.TestIo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/authoring.md stays true: its author's loop runs as written, its outline and front matter
 * examples parse, and the validate output it shows is what validate prints. (Its exercise and quiz
 * examples are checked by ExerciseExamplesTest and QuizExamplesTest.)
 */
class AuthoringGuideTest {
    private static final Path DOC = Path.of("../docs/authoring.md");

    @TempDir Path dir;
    @TempDir Path data;

    @Test
    void theAuthorsLoopWorksAsWritten() throws Exception {
        String doc = Files.readString(DOC);
        assertThat(doc)
                .contains(
                        "hygiene init my-course",
                        "hygiene preview lessons/01-first-hunt.md",
                        "hygiene new lesson \"Reading the HttpProxy log\"",
                        "hygiene validate ",
                        "hygiene --content .");
        Path course = dir.resolve("my-course");
        TestIo io = new TestIo(data);

        assertThat(io.run("init", course.toString())).isZero();
        assertThat(
                        io.run(
                                "--content",
                                course.toString(),
                                "new",
                                "lesson",
                                "Reading the HttpProxy log"))
                .isZero();
        assertThat(io.run("--content", course.toString(), "new", "quiz", "Check: HttpProxy"))
                .isZero();
        assertThat(course.resolve("lessons/02-reading-the-httpproxy-log.md")).exists();
        assertThat(Files.readString(course.resolve("course.md")))
                .endsWith(
                        "- [Reading the HttpProxy log](lessons/02-reading-the-httpproxy-log.md)\n"
                                + "- [Check: HttpProxy](quizzes/02-check-httpproxy.md)\n");
        assertThat(io.run("validate", course.toString())).as(io.out()).isZero();
        assertThat(io.out()).isEqualTo("no problems\n");
        assertThat(io.run("preview", course.resolve("lessons/01-first-hunt.md").toString()))
                .isZero();
        assertThat(io.out()).contains("No problems", "The odd script");
        assertThat(io.run("preview", course.resolve("quizzes/01-first-hunt-check.md").toString()))
                .isZero();
        assertThat(io.out()).contains("✓", "LogFiles\\W3SVC1", "Explanation");
        assertThat(io.run("--content", course.toString(), "lessons")).isZero();
        assertThat(io.out()).contains("Reading the HttpProxy log", "Check: HttpProxy");
    }

    @Test
    void theValidateMessageItShowsIsWhatValidatePrints() throws Exception {
        assertThat(Files.readString(DOC))
                .contains(
                        "`lessons/01-first-hunt.md:24:1: error: exercise 'shell-stem': its"
                                + " reference query returns no rows, so it proves nothing`");
    }

    @Test
    void everyOutlineAndFrontMatterExampleParsesWithoutProblems() throws Exception {
        List<String> blocks = markdownBlocks(Files.readString(DOC));
        int checked = 0;
        for (String block : blocks) {
            List<Problem> problems = new ArrayList<>();
            if (block.startsWith("---\n") && !block.contains("\n## ")) {
                problems.addAll(FrontMatterParser.parse("example", block).problems());
                checked++;
            } else if (block.startsWith("# ") && block.contains("](lessons/")) {
                OutlineParser.parse("course.md", block, problems);
                checked++;
            }
            assertThat(problems).as(block).isEmpty();
        }
        assertThat(checked).isGreaterThanOrEqualTo(2);
    }

    private static List<String> markdownBlocks(String doc) {
        List<String> out = new ArrayList<>();
        int at = doc.indexOf("```markdown\n");
        while (at >= 0) {
            int start = at + "```markdown\n".length();
            int end = doc.indexOf("\n```\n", start);
            out.add(doc.substring(start, end + 1));
            at = doc.indexOf("```markdown\n", end);
        }
        return out;
    }
}
