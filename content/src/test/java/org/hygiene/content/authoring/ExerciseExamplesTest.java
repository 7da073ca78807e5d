package org.hygiene.content.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hygiene.lessons.exercise.ExerciseBlock;
import org.hygiene.lessons.exercise.LessonExercises;
import org.hygiene.lessons.exercise.answer.AnswerHash;
import org.junit.jupiter.api.Test;

/**
 * The exercise examples in docs/authoring.md stay valid: they are parsed like any lesson. (Here, in
 * content, because the guide lives outside the lessons module.)
 */
class ExerciseExamplesTest {
    private static final Path DOC = Path.of("../docs/authoring.md");

    private static String exercisesSection() throws Exception {
        String doc = Files.readString(DOC);
        int start = doc.indexOf("## Exercises");
        int end = doc.indexOf("\n## ", start + 1);
        return doc.substring(start, end < 0 ? doc.length() : end);
    }

    @Test
    void everyExampleBlockParsesWithoutProblems() throws Exception {
        List<ExerciseBlock> blocks = LessonExercises.of("docs/authoring.md", exercisesSection(), 1);
        assertThat(blocks).isNotEmpty();
        assertThat(blocks).allSatisfy(b -> assertThat(b.problems()).isEmpty());
        assertThat(blocks.get(0).exercise().orElseThrow().check("203.0.113[.]7").isCorrect())
                .isTrue();
    }

    @Test
    void theDocumentedHashIsWhatTheHashCommandPrints() throws Exception {
        assertThat(exercisesSection())
                .contains("answer-hash: " + AnswerHash.of("decoy-stem", "/ecp/y.js"));
    }
}
