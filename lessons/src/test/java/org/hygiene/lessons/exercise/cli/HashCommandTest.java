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
        CommandLine cli = new CommandLine(new ExerciseCli());
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
    void refusesAnswersNotInTheFormAndTypesThatCannotBeHashed() {
        assertThat(run("hash", "--type", "ip", "--salt", "s", "banana")).isNotZero();
        assertThat(run("hash", "--type", "timestamp", "--salt", "s", "2021-03-03 06:50"))
                .isNotZero();
        assertThat(out.toString()).doesNotContain("answer-hash");
    }
}
