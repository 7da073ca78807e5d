package org.hygiene.lessons.exercise.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hygiene.lessons.exercise.answer.Answers.why;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class RegexAnswerTest {
    private final RegexAnswer regex =
            new RegexAnswer(
                    List.of("/ecp/y.js", "/ecp/ab.js", "/ecp/xyz.js"),
                    List.of("/ecp/main.css", "/ecp/Current/scripts.js"));
    private final AnswerKey key = AnswerKey.of();

    @Test
    void aPatternThatFindsExactlyTheRightLinesIsCorrect() {
        assertThat(regex.check("^/ecp/[a-z]{1,3}\\.js$", key).isCorrect()).isTrue();
        assertThat(regex.check("@\"^/ecp/[a-z]{1,3}\\.js$\"", key).isCorrect()).isTrue();
        assertThat(regex.check("/^/ecp/[a-z]{1,3}\\.js$/", key).isCorrect()).isTrue();
    }

    @Test
    void feedbackCountsMissesAndFalseFinds() {
        Verdict v = regex.check("/ecp/", key);
        assertThat(v.kind()).isEqualTo(Verdict.Kind.WRONG);
        assertThat(v.message()).contains("It also finds 2 lines it should not");
        assertThat(regex.check("^/ecp/y\\.js$", key).message())
                .contains("It misses 2 of the 3 lines");
    }

    @Test
    void constructsRe2LeavesOutAreExplained() {
        assertThat(why(regex, "(a)\\1")).contains("no back-references");
        assertThat(why(regex, "(?=x)y")).contains("look-ahead");
        assertThat(why(regex, "[unclosed")).contains("does not compile");
    }

    @Test
    void catastrophicPatternsRunInLinearTime() {
        RegexAnswer evil =
                new RegexAnswer(List.of("a".repeat(5000) + "b"), List.of("a".repeat(5000)));
        long start = System.nanoTime();
        assertThat(evil.check("^(a+)+b$", key).isCorrect()).isTrue();
        assertThat(System.nanoTime() - start).isLessThan(5_000_000_000L);
    }

    @Test
    @Timeout(30)
    void aShortPatternThatExpandsToABillionStepsIsExplainedNotRun() {
        Verdict v = regex.check("((a{1,1000}){1,1000}){1,1000}", key);
        assertThat(v.isCorrect()).isFalse();
        assertThat(v.message()).contains("too complex").contains("limit is 1,000");
        assertThat(why(regex, "x".repeat(1_001))).contains("1,001 characters long");
    }

    @Test
    void regexAnswersCannotBeHashedAndNeedSamples() {
        assertThat(new RegexAnswer(List.of(), List.of()).validate(key))
                .anyMatch(p -> p.contains("needs 'matches:'"));
        assertThat(regex.validate(AnswerKey.of("^/ecp/y")))
                .anyMatch(p -> p.contains("model answer"));
    }
}
