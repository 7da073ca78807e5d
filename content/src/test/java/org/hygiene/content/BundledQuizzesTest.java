package org.hygiene.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.hygiene.core.course.Problem;
import org.hygiene.quiz.format.QuizParser;
import org.hygiene.quiz.model.Quiz;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every quiz file shipped with the course is valid, and the course has its checks and exam. */
class BundledQuizzesTest {
    static final Path QUIZZES = Path.of("course", "quizzes");

    static Stream<Path> quizFiles() throws IOException {
        try (Stream<Path> files = Files.list(QUIZZES)) {
            return files.filter(p -> p.toString().endsWith(".md")).sorted().toList().stream();
        }
    }

    static Quiz parse(Path file) throws IOException {
        QuizParser.Result r =
                QuizParser.parseFile("quizzes/" + file.getFileName(), Files.readString(file));
        assertThat(r.problems()).extracting(Problem::toString).isEmpty();
        return r.quiz();
    }

    /**
     * The parameterised test below passes on an empty folder (a moved path, a renamed extension);
     * this one does not: eight lesson checks and the final exam at least.
     */
    @Test
    void theQuizFolderHoldsAtLeastTheNineBundledQuizzes() throws IOException {
        assertThat(quizFiles()).hasSizeGreaterThanOrEqualTo(9);
    }

    @ParameterizedTest
    @MethodSource("quizFiles")
    void everyBundledQuizIsValid(Path file) throws IOException {
        Quiz quiz = parse(file);
        assertThat(quiz.questions()).isNotEmpty();
        assertThat(quiz.questions()).allSatisfy(q -> assertThat(q.heading()).isNotBlank());
    }

    @Test
    void eachOfTheEightLessonsHasAFiveQuestionCheck() throws IOException {
        List<Path> checks =
                quizFiles().filter(p -> p.getFileName().toString().endsWith("-check.md")).toList();
        assertThat(checks).hasSize(8);
        for (Path check : checks) {
            assertThat(parse(check).questions()).as(check.toString()).hasSize(5);
        }
    }

    @Test
    void theFinalExamDrawsTwentyFromABankOfAtLeastFortyWithAPassMarkOfSeventy() throws IOException {
        Quiz exam = parse(QUIZZES.resolve("final-exam.md"));
        assertThat(exam.id()).isEqualTo("final");
        assertThat(exam.questions()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(exam.settings().sample()).isEqualTo(20);
        assertThat(exam.settings().passPercent()).isEqualTo(70);
    }

    @Test
    void everyQuizListedInTheOutlineExists() throws IOException {
        String outline = Files.readString(Path.of("course", "course.md"));
        for (String line : outline.split("\n")) {
            int at = line.indexOf("(quizzes/");
            if (at >= 0) {
                String target = line.substring(at + 1, line.indexOf(')', at));
                assertThat(Path.of("course").resolve(target)).exists();
            }
        }
    }
}
