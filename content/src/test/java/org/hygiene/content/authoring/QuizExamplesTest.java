package org.hygiene.content.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hygiene.core.course.Problem;
import org.hygiene.quiz.format.QuizParser;
import org.junit.jupiter.api.Test;

/**
 * The quiz examples in docs/authoring.md are valid quizzes, so the documentation cannot rot. (Here,
 * in content, because the guide lives outside the quiz module.)
 */
class QuizExamplesTest {
    @Test
    void everyQuizExampleInTheAuthoringGuideParsesWithoutProblems() throws Exception {
        String doc = Files.readString(Path.of("..", "docs", "authoring.md"));
        // The section runs to the next level-2 heading outside a code block.
        StringBuilder sb = new StringBuilder();
        boolean in = false;
        boolean fence = false;
        for (String line : doc.split("\n", -1)) {
            if (line.startsWith("```")) {
                fence = !fence;
            }
            if (!fence && line.startsWith("## ")) {
                in = line.equals("## Quizzes");
            }
            if (in) {
                sb.append(line).append('\n');
            }
        }
        String section = sb.toString();
        List<String> examples = new ArrayList<>();
        for (String block : section.split("```markdown\n")) {
            if (block.startsWith("---\n")) {
                examples.add(block.substring(0, block.indexOf("\n```")));
            }
        }
        assertThat(examples).hasSizeGreaterThanOrEqualTo(2);
        for (String example : examples) {
            assertThat(QuizParser.parseFile("authoring.md", example).problems())
                    .extracting(Problem::toString)
                    .isEmpty();
        }
    }
}
