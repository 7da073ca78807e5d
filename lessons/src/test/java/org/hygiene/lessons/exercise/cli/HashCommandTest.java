package org.hygiene.lessons.exercise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.hygiene.lessons.exercise.answer.AnswerHash;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class HashCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = new CommandLine(new ExerciseCli(null, null, null));
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    @Test
    void printsTheHashOfTheCanonicalAnswer() {
        assertThat(run("hash", "--type", "ip", "--salt", "attacker-ip", "203.0.113[.]7")).isZero();
        assertThat(out.toString())
                .isEqualTo("answer-hash: " + AnswerHash.of("attacker-ip", "203.0.113.7") + "\n");
        assertThat(err.toString()).contains("hashed '203.0.113.7' with salt 'attacker-ip'");
    }

    @Test
    void printsAListForSeveralValues() {
        assertThat(run("hash", "--salt", "s", "A", "b")).isZero();
        assertThat(out.toString())
                .startsWith(
                        "answer-hash:\n  - "
                                + AnswerHash.of("s", "a")
                                + "\n  - "
                                + AnswerHash.of("s", "b"));
    }

    @Test
    void refusesAnswersNotInTheFormAndTimesNotToTheSecond() {
        assertThat(run("hash", "--type", "ip", "--salt", "s", "banana")).isNotZero();
        assertThat(run("hash", "--type", "timestamp", "--salt", "s", "2021-03-03 06:50"))
                .isNotZero();
        assertThat(err.toString()).contains("kept to the second");
        assertThat(run("hash", "--salt", "s", "a", "--type", "ip", "203.0.113.7", "banana"))
                .isNotZero();
        assertThat(out.toString()).doesNotContain("answer-hash");
    }

    @Test
    void hashesATimeAsItsUtcSecond() {
        assertThat(
                        run(
                                "hash",
                                "--type",
                                "timestamp",
                                "--salt",
                                "first-use",
                                "2021-02-26 03:31:07.412 CET"))
                .isZero();
        assertThat(out.toString())
                .isEqualTo(
                        "answer-hash: "
                                + AnswerHash.of("first-use", "2021-02-26T02:31:07Z")
                                + "\n");
        assertThat(err.toString()).contains("hashed '2021-02-26T02:31:07Z'");
    }

    @Test
    void keepsCapitalsWhenTheExerciseIsCaseSensitive() {
        assertThat(run("hash", "--case", "sensitive", "--salt", "pw", "Zq4pW9")).isZero();
        assertThat(out.toString())
                .isEqualTo("answer-hash: " + AnswerHash.of("pw", "Zq4pW9") + "\n");
        assertThat(run("hash", "--case", "loud", "--salt", "pw", "x")).isNotZero();
        assertThat(run("hash", "--case", "sensitive", "--type", "ip", "--salt", "pw", "192.0.2.1"))
                .isNotZero();
    }
}
