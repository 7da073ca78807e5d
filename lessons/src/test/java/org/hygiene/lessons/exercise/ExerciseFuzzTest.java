package org.hygiene.lessons.exercise;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import org.hygiene.lessons.exercise.answer.AnswerKey;
import org.hygiene.lessons.exercise.answer.AnswerType;
import org.hygiene.lessons.exercise.answer.AnswerTypes;
import org.hygiene.lessons.exercise.answer.IpAnswer;
import org.hygiene.lessons.exercise.answer.Normalized;
import org.hygiene.lessons.exercise.answer.RegexAnswer;
import org.hygiene.lessons.exercise.answer.SetAnswer;

/**
 * Hostile input for the exercise parser and the answer normalisers: they must never throw, and a
 * canonical answer must normalise to itself. Runs its seeds in every build; {@code JAZZER_FUZZ=1}
 * fuzzes.
 */
class ExerciseFuzzTest {

    @FuzzTest(maxDuration = "10s")
    void theExerciseParserNeverThrows(FuzzedDataProvider data) {
        String body = data.consumeRemainingAsString();
        for (ExerciseBlock b :
                LessonExercises.of("fuzz.md", "```exercise\n" + body + "\n```\n", 1)) {
            assertThat(b.exercise().isPresent() || !b.problems().isEmpty()).isTrue();
            b.problems().forEach(p -> assertThat(p.line()).isPositive());
        }
        LessonExercises.of("fuzz.md", body, 1);
    }

    @FuzzTest(maxDuration = "10s")
    void normalisersNeverThrowAndAreIdempotent(FuzzedDataProvider data) {
        String name = data.pickValue(List.of("text", "ip", "path", "timestamp", "number"));
        String raw = data.consumeRemainingAsString();
        AnswerType type = AnswerTypes.simple(name).orElseThrow();
        for (AnswerType t :
                List.of(type, new SetAnswer(type, false), new SetAnswer(new IpAnswer(), true))) {
            Normalized n = t.normalize(raw);
            if (n instanceof Normalized.Ok ok
                    && !name.equals("timestamp")
                    && !(t instanceof SetAnswer)) {
                assertThat(t.normalize(ok.value())).isEqualTo(n);
            }
            t.check(raw, AnswerKey.of("203.0.113.7", "x"));
        }
        new RegexAnswer(List.of("a"), List.of("b")).check(raw, AnswerKey.of());
    }
}
