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
    void aCaseOnlyMistakeGetsAHintAboutCase() {
        TextAnswer sensitive = new TextAnswer(true);
        Verdict plain = sensitive.check("hl7kq2", AnswerKey.of("hl7Kq2"));
        AnswerKey hashed =
                new AnswerKey(
                        List.of(),
                        List.of(AnswerHash.of("shell-password", "hl7Kq2")),
                        "shell-password",
                        List.of(),
                        List.of());
        Verdict viaHash = sensitive.check("HL7KQ2", hashed);

        assertThat(plain.isCorrect()).isFalse();
        assertThat(plain.message()).contains("letters are right but not their capitals");
        assertThat(viaHash.message()).contains("letters are right but not their capitals");
        assertThat(sensitive.check("hl7Kq2", hashed).isCorrect()).isTrue();
        assertThat(sensitive.check("zz7kq2", hashed).message()).isEqualTo(AnswerType.NOT_IT);
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
