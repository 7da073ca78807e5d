package org.hygiene.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hygiene.quiz.format.QuizParser;
import org.hygiene.quiz.model.Option;
import org.hygiene.quiz.model.Question;
import org.hygiene.quiz.model.QuestionType;
import org.junit.jupiter.api.Test;

/**
 * The bundled quizzes do not give their answers away by length: a learner who always picks the
 * longest option, or always the shortest, must not pass. The rule counts single-answer questions
 * with at least three options (true/false has nothing to compare), over all bundled quizzes
 * together, and lets the keyed option be strictly the longest, or strictly the shortest, in at most
 * a third of them.
 */
class QuizOptionLengthTest {

    @Test
    void theKeyedOptionIsTheLongestInAtMostAThirdOfSingleAnswerQuestions() throws IOException {
        List<String> longest = new ArrayList<>();
        List<String> shortest = new ArrayList<>();
        int counted = 0;
        for (Path file : BundledQuizzesTest.quizFiles().toList()) {
            String name = "quizzes/" + file.getFileName();
            QuizParser.Result r = QuizParser.parseFile(name, Files.readString(file));
            for (Question q : r.quiz().questions()) {
                if (q.type() != QuestionType.SINGLE || q.options().size() < 3) {
                    continue;
                }
                counted++;
                String where = name + ":" + q.line() + ": " + q.heading();
                if (keyedLengthComparedWithOthers(q) > 0) {
                    longest.add(where);
                }
                if (keyedLengthComparedWithOthers(q) < 0) {
                    shortest.add(where);
                }
            }
        }
        assertThat(counted).as("single-answer questions found").isGreaterThan(30);
        assertThat(longest.size())
                .as("questions whose keyed option is the longest:\n" + String.join("\n", longest))
                .isLessThanOrEqualTo(counted / 3);
        assertThat(shortest.size())
                .as("questions whose keyed option is the shortest:\n" + String.join("\n", shortest))
                .isLessThanOrEqualTo(counted / 3);
    }

    /** 1 if the keyed option is strictly the longest, -1 if strictly the shortest, else 0. */
    private static int keyedLengthComparedWithOthers(Question q) {
        int keyed = q.correctOptions().get(0).text().strip().length();
        int longestOther = Integer.MIN_VALUE;
        int shortestOther = Integer.MAX_VALUE;
        for (Option o : q.options()) {
            if (!o.correct()) {
                int length = o.text().strip().length();
                longestOther = Math.max(longestOther, length);
                shortestOther = Math.min(shortestOther, length);
            }
        }
        return keyed > longestOther ? 1 : keyed < shortestOther ? -1 : 0;
    }
}
