package org.hygiene.lessons.exercise.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.hygiene.core.progress.UnitProgress;
import org.hygiene.lessons.exercise.Exercise;
import org.hygiene.lessons.exercise.ExerciseSession;
import org.hygiene.lessons.exercise.Exercises;
import org.junit.jupiter.api.Test;

class ExerciseCommandsTest {
    private final ExerciseCommands commands = new ExerciseCommands();
    private final UnitProgress unit = new UnitProgress();
    private final ExerciseSession session =
            new ExerciseSession(Exercises.ip(), unit, Instant::now, () -> {});
    private final RecordingPrompt prompt = new RecordingPrompt();

    private ExerciseCommand.Outcome run(String line) {
        return commands.run(line, session, prompt);
    }

    @Test
    void questionShowsTheQuestionTheFormAndTheState() {
        run("question");
        assertThat(prompt.text())
                .contains("Exercise: Who sent it (10 points)")
                .contains("Which address sent the first ServerInfo~ request?")
                .contains("Answer with an IP address")
                .contains("[ ] not solved yet, worth 10 points now")
                .doesNotContain("203.0.113.7 ");
    }

    @Test
    void aWrongAnswerGetsItsFeedbackAndPointsToTheNextHint() {
        run("answer 198.51.100.20");
        assertThat(prompt.text())
                .contains("[ ] Not right.")
                .contains("That one only scanned.")
                .contains("1 attempt so far. Try again, or type hint (costs 4 points).");
    }

    @Test
    void aWrongFormIsExplainedAndNotCounted() {
        run("answer two hundred and three");
        assertThat(prompt.text()).contains("not in the expected form").contains("does not count");
        assertThat(session.progress().attempts()).isZero();
    }

    @Test
    void hintShowsTheCostAndAsksFirst() {
        prompt.answering(false);
        run("hint");
        assertThat(prompt.questions)
                .containsExactly(
                        "Hint 1 of 2 costs 4 points (then 6 of 10 for a right answer). Take it?");
        assertThat(prompt.text()).contains("No hint taken.");
        assertThat(session.progress().hintsUsed()).isZero();
        prompt.clear();
        prompt.answering(true);
        run("hint");
        assertThat(prompt.text()).contains("Hint 1 of 2:").contains("Filter on AnchorMailbox.");
        assertThat(session.progress().hintsUsed()).isEqualTo(1);
    }

    @Test
    void aRightAnswerShowsPointsExplanationAndQuery() {
        prompt.answering(true);
        run("hint");
        prompt.clear();
        run("answer   203.0.113[.]7  ");
        assertThat(prompt.text())
                .contains("[x] Correct! +6 points (10 minus 4 for hints).")
                .contains("It came first.")
                .contains("The query that proves it:")
                .contains("HttpProxy")
                .contains("| take 1");
        assertThat(unit.score()).isEqualTo(6);
    }

    @Test
    void giveupAsksThenShowsTheAnswerAndQueryForNoPoints() {
        run("giveup");
        assertThat(prompt.questions).hasSize(1);
        assertThat(session.finished()).isFalse();
        assertThat(prompt.text()).doesNotContain("203.0.113.7");
        prompt.clear();
        prompt.answering(true);
        run("give-up");
        assertThat(prompt.text())
                .contains("The answer: 203.0.113.7")
                .contains("It came first.")
                .contains("HttpProxy");
        assertThat(session.state()).isEqualTo(ExerciseSession.State.GAVE_UP);
        assertThat(unit.score()).isZero();
    }

    @Test
    void giveupWithAHashedKeyPointsToTheQuery() {
        Exercise hashed =
                Exercises.parse(
                        """
                        ```exercise
                        id: h
                        question: Q?
                        answer-hash: %s
                        explanation: E.
                        query: HttpProxy | take 1
                        ```
                        """
                                .formatted(
                                        org.hygiene.lessons.exercise.answer.AnswerHash.of(
                                                "h", "x")));
        ExerciseSession s = new ExerciseSession(hashed, new UnitProgress(), Instant::now, () -> {});
        commands.run("giveup", s, prompt.answering(true));
        assertThat(prompt.text()).contains("The answer is what the query below finds");
    }

    @Test
    void backLeavesAndUnknownWordsExplainHowToAnswer() {
        assertThat(run("back")).isEqualTo(ExerciseCommand.Outcome.BACK);
        assertThat(run("q")).isEqualTo(ExerciseCommand.Outcome.BACK);
        assertThat(run("203.0.113.7")).isEqualTo(ExerciseCommand.Outcome.STAY);
        assertThat(prompt.text()).contains("To answer, type: answer 203.0.113.7");
        assertThat(run("")).isEqualTo(ExerciseCommand.Outcome.STAY);
    }

    @Test
    void helpListsEveryCommand() {
        run("help");
        assertThat(prompt.text())
                .contains("answer VALUE")
                .contains("hint")
                .contains("question")
                .contains("giveup")
                .contains("back");
    }

    @Test
    void controlCharactersInAnswersNeverReachTheTerminal() {
        run("\u001b[2Jfoo");
        assertThat(prompt.text()).doesNotContain("\u001b").contains("^[");
    }

    @Test
    void hintsAreFreeToReviewOnceSolved() {
        run("answer 203.0.113.7");
        prompt.clear();
        run("hint");
        assertThat(prompt.questions).isEmpty();
        assertThat(prompt.text()).contains("Hint 1 of 2:").contains("Hint 2 of 2:");
        assertThat(session.progress().hintsUsed()).isZero();
    }
}
