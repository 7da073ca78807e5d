package org.hygiene.content.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hygiene.core.course.CourseLoader;
import org.hygiene.core.testing.TestIo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * quizdown's own documented examples (test resources, unchanged, MIT-licensed; see their README)
 * play inside a course as they are: no front matter needed, the id from the file name, the title
 * from the outline's link text, quizdown keys Hygiene does not use as warnings only.
 */
class QuizdownExamplesTest {
    @TempDir Path dir;
    @TempDir Path data;

    @ParameterizedTest
    @ValueSource(
            strings = {
                "syntax-person-in-picture",
                "syntax-capital-of-germany",
                "syntax-superpower",
                "syntax-sequence",
                "options-example"
            })
    void aPlainQuizdownFileValidatesAndPlaysInACourse(String name) throws Exception {
        course(name);
        TestIo io = new TestIo(data).stdin("a\nabcde\nabcdefg\n".repeat(10));

        assertThat(io.run("validate", dir.toString())).as(io.out()).isZero();
        assertThat(io.out()).doesNotContain(": error: ");
        assertThat(io.run("--content", dir.toString(), "quiz", name, "--plain", "--seed", "1"))
                .as(io.out() + io.err())
                .isZero();
        assertThat(CourseLoader.load(dir).units().get(0).title()).isEqualTo("The quiz " + name);
    }

    @Test
    void quizdownsOptionsExampleWarnsOfItsTypoAndItsImageAndShowsMathReadably() throws IOException {
        course("options-example");
        TestIo io = new TestIo(data).stdin("a\nabcde\nabcdefg\n".repeat(10));

        assertThat(io.run("validate", dir.toString())).isZero();
        assertThat(io.out().lines().filter(l -> l.contains(": warning: ")).toList())
                .satisfiesExactly(
                        typo ->
                                assertThat(typo)
                                        .contains(
                                                "quizzes/options-example.md:27:1: warning: unknown"
                                                        + " question option 'shuffleAnsers' (did"
                                                        + " you mean 'shuffleAnswers'?)"),
                        image ->
                                assertThat(image)
                                        .contains(
                                                "quizzes/options-example.md:42:1: warning: image"
                                                        + " without alt text"));
        io.run("--content", dir.toString(), "quiz", "options-example", "--plain", "--seed", "3");
        assertThat(io.out()).doesNotContain("\\sqrt", "\\frac");
    }

    private void course(String name) throws IOException {
        Files.writeString(
                dir.resolve("course.md"),
                "# Quizdown\n\n- [The quiz " + name + "](quizzes/" + name + ".md)\n",
                StandardCharsets.UTF_8);
        Files.createDirectories(dir.resolve("quizzes"));
        try (InputStream in = getClass().getResourceAsStream("/quizdown/" + name + ".md")) {
            Files.write(dir.resolve("quizzes/" + name + ".md"), in.readAllBytes());
        }
    }
}
