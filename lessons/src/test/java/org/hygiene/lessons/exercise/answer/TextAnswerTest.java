package org.hygiene.lessons.exercise.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hygiene.lessons.exercise.answer.Answers.canonical;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextAnswerTest {
    private final TextAnswer text = new TextAnswer(false);

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "HAFNIUM|hafnium",
                "  Hafnium  |hafnium",
                "Silk   Typhoon|silk typhoon",
                "'\"quoted\"'|quoted",
                "`/ecp/y.js`|/ecp/y.js",
                "ｆｕｌｌｗｉｄｔｈ|fullwidth",
            })
    void ignoresCaseSpacingQuotesAndWidth(String raw, String expected) {
        assertThat(canonical(text, raw)).isEqualTo(expected);
    }

    @Test
    void keepsCaseWhenAsked() {
        assertThat(canonical(new TextAnswer(true), " ServerInfo~ ")).isEqualTo("ServerInfo~");
        assertThat(
                        new TextAnswer(true)
                                .check("serverinfo~", AnswerKey.of("ServerInfo~"))
                                .isCorrect())
                .isFalse();
    }

    @Test
    void emptyAnswersAreAWrongForm() {
        assertThat(text.check("   ", AnswerKey.of("x")).kind()).isEqualTo(Verdict.Kind.WRONG_FORM);
        assertThat(text.check("\"\"", AnswerKey.of("x")).kind()).isEqualTo(Verdict.Kind.WRONG_FORM);
    }

    @Test
    void patternsAcceptMatchingAnswers() {
        AnswerKey key =
                new AnswerKey(
                        List.of(),
                        List.of(),
                        "s",
                        List.of(
                                com.google.re2j.Pattern.compile(
                                        "/ecp/[a-z]{1,3}\\.js",
                                        com.google.re2j.Pattern.CASE_INSENSITIVE)),
                        List.of());
        assertThat(text.check("/ECP/y.js", key).isCorrect()).isTrue();
        assertThat(text.check("/ecp/long.js", key).isCorrect()).isFalse();
    }

    @Test
    void knownWrongAnswersGetTheirFeedback() {
        AnswerKey key =
                AnswerKey.of("ServerInfo~a]@exch/ecp/proxylogon.ecp")
                        .withWrong(
                                List.of(
                                        new AnswerKey.Wrong(
                                                "/ecp/y.js", "That is the decoy UrlStem.")));
        assertThat(text.check(" /ECP/Y.JS ", key))
                .isEqualTo(Verdict.wrong("That is the decoy UrlStem."));
        assertThat(text.check("something", key).kind()).isEqualTo(Verdict.Kind.WRONG);
    }
}
