package org.hygiene.lessons.exercise.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hygiene.lessons.exercise.answer.Answers.canonical;
import static org.hygiene.lessons.exercise.answer.Answers.why;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberAnswerTest {
    private final NumberAnswer exact = NumberAnswer.exact();

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "74|74",
                "+74|74",
                "74.0|74",
                "1,234|1234",
                "1,234,567.50|1234567.5",
                "1 234 567|1234567",
                "1_000|1000",
                "2,5|2.5",
                "-3|-3",
                "1e3|1000",
                "0x1F|31",
                "' 30000 '|30000",
                "0.000|0",
                "25%|25",
                "12.5 %|12.5",
            })
    void readsNumbersWrittenInCommonWays(String raw, String expected) {
        assertThat(canonical(exact, raw)).isEqualTo(expected);
    }

    @Test
    void rejectsWhatIsNotANumber() {
        assertThat(why(exact, "about 74")).contains("not a number");
        assertThat(why(exact, "1,23,4")).contains("thousands");
        assertThat(why(exact, "1e999999999")).contains("range");
        // Found by fuzzing: 1e1000 read, but its 1,001-digit canonical form did not read back.
        assertThat(why(exact, "1e1000")).contains("range");
        assertThat(why(exact, "0x" + "f".repeat(55))).contains("range");
        assertThat(why(exact, "0xZZ")).contains("hexadecimal");
    }

    @Test
    void toleranceIsAbsoluteOrRelative() {
        NumberAnswer plusMinus5 = new NumberAnswer(new BigDecimal("5"), false);
        assertThat(plusMinus5.check("105", AnswerKey.of("100")).isCorrect()).isTrue();
        assertThat(plusMinus5.check("106", AnswerKey.of("100")).isCorrect()).isFalse();
        NumberAnswer twoPercent = new NumberAnswer(new BigDecimal("2"), true);
        assertThat(twoPercent.check("30,500", AnswerKey.of("30000")).isCorrect()).isTrue();
        assertThat(twoPercent.check("30,700", AnswerKey.of("30000")).isCorrect()).isFalse();
        assertThat(twoPercent.hashable()).isFalse();
        assertThat(exact.hashable()).isTrue();
    }
}
