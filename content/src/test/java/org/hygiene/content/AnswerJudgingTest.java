package org.hygiene.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.hygiene.lessons.exercise.answer.AnswerKey;
import org.hygiene.lessons.exercise.answer.TextAnswer;
import org.hygiene.quiz.engine.TextAnswers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A typed answer is judged the same in a quiz and in an exercise (core.text.AnswerText). */
class AnswerJudgingTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '~',
            textBlock =
                    """
                    Hafnium     | hafnium            | true
                    Hafnium     | “Hafnium.”         | true
                    Hafnium     | 'Hafnium'.         | true
                    Hafnium     | `HAFNIUM`          | true
                    web shell   | web    shell       | true
                    web shell   | ‘web shell’        | true
                    web shell   | webshell           | false
                    Hafnium     | Hafnium!           | false
                    """)
    void quizAndExerciseAgree(String accepted, String typed, boolean right) {
        boolean inQuiz = TextAnswers.matches(typed, accepted);
        boolean inExercise = new TextAnswer(false).check(typed, AnswerKey.of(accepted)).isCorrect();
        assertThat(inQuiz).as("quiz").isEqualTo(right);
        assertThat(inExercise).as("exercise").isEqualTo(right);
    }
}
