package org.hygiene.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The piped plain form, through the real launcher over memory streams. */
class PlainQuizTest {
    static final String QUIZ =
            """
            ---
            id: demo
            title: Demo check
            pass: 60%
            shuffle: false
            ---

            ## Which CVE is the SSRF?

            > The critical one.

            1. [ ] CVE-2021-26857
            1. [x] CVE-2021-26855

            Explanation: 26855 lets anyone in.

            ## Which are file writes?

            - [x] CVE-2021-26858
            - [x] CVE-2021-27065
            - [ ] CVE-2021-26855

            ## What status did proxyLogon.ecp return? {type=number}

            - [x] 241
            """;

    @TempDir Path dir;

    @Test
    void scriptedAnswersAreGradedAndTheScoreGoesToProgress() {
        TestCourse course = new TestCourse(dir, "demo.md", QUIZ);
        TestCourse.Run run = course.run("b\nab\n241\n", "quiz", "demo", "--plain", "--seed", "7");
        assertThat(run.err()).isEmpty();
        assertThat(run.status()).isZero();
        assertThat(run.out())
                .contains(
                        "Question 1 of 3 (1 point)",
                        "  b) CVE-2021-26855",
                        "Score 3/3 (100%): passed (pass mark 60%)",
                        "Explanation: 26855 lets anyone in.");
        TestCourse.Run map = course.run("", "lessons");
        assertThat(map.out()).contains("[x] done     Demo check (quiz, score 3/3)");
    }

    @Test
    void anAnswerInTheWrongFormIsAskedAgainWithTheExpectedForm() {
        TestCourse course = new TestCourse(dir, "demo.md", QUIZ);
        TestCourse.Run run =
                course.run(
                        "ab\nhint\nb\nx\na\nmany\n241\n", "quiz", "demo", "--plain", "--seed", "1");
        assertThat(run.out())
                .contains(
                        "this question takes a single answer. Please answer with one letter, a or"
                                + " b, for example: b.",
                        "Hint: The critical one.",
                        "'x' is not one of the options. Please answer with one or more letters from"
                                + " a to c, for example: ac.",
                        "that is not a number. Please answer with a number, for example: 42 or"
                                + " 9.1.",
                        "Score 2.5/3 (83%): passed");
    }

    @Test
    void inputEndingEarlyKeepsTheAnswersAndTheNextRunOffersToResume() {
        TestCourse course = new TestCourse(dir, "demo.md", QUIZ);
        TestCourse.Run first = course.run("b\n", "quiz", "demo", "--plain", "--seed", "7");
        assertThat(first.status()).isEqualTo(1);
        assertThat(first.out())
                .contains(
                        "Input ended after 1 of 3 answers: the attempt is saved, not submitted."
                                + " Run 'hygiene quiz demo' again to resume it.");
        TestCourse.Run second = course.run("y\nab\n241\n", "quiz", "demo", "--plain");
        assertThat(second.out())
                .contains(
                        "You have an unfinished attempt (1 of 3 answered, graded, seed 7).",
                        "Question 2 of 3",
                        "Score 3/3 (100%)")
                .doesNotContain("Question 1 of 3");
    }

    @Test
    void givingUpAGradedAttemptSubmitsItAndNeverBuysAFreshGradedOne() {
        TestCourse course = new TestCourse(dir, "demo.md", QUIZ);
        course.run("a\n", "quiz", "demo", "--plain", "--seed", "7");
        TestCourse.Run second = course.run("n\ny\n", "quiz", "demo", "--plain", "--seed", "7");
        assertThat(second.out())
                .contains(
                        "Submit the graded attempt now, as it stands?",
                        "Submitted as it stood: 0/3 (0%). Any new attempt is a practice retake.");
        TestCourse.Run third = course.run("b\nab\n241\n", "quiz", "demo", "--plain", "--seed", "7");
        assertThat(third.out())
                .contains("Practice retake", "it does not change your grade")
                .doesNotContain("You have an unfinished attempt");
        assertThat(course.run("", "quiz").out()).contains("0/3 (0%), not passed");
    }

    @Test
    void discardingAPracticeAttemptStartsAgain() {
        TestCourse course = new TestCourse(dir, "demo.md", QUIZ);
        course.run("b\nab\n241\n", "quiz", "demo", "--plain", "--seed", "7");
        course.run("a\n", "quiz", "demo", "--plain", "--seed", "7");
        TestCourse.Run again =
                course.run("n\nb\nab\n241\n", "quiz", "demo", "--plain", "--seed", "7");
        assertThat(again.out())
                .contains("n to discard it and start again", "Question 1 of 3", "Score 3/3")
                .contains("This was a practice retake");
    }

    @Test
    void discardingAGradedAttemptNeedsAYesAndNoKeepsIt() {
        TestCourse course = new TestCourse(dir, "demo.md", QUIZ);
        course.run("a\n", "quiz", "demo", "--plain", "--seed", "7");
        TestCourse.Run declined = course.run("n\n\n", "quiz", "demo", "--plain", "--seed", "7");
        assertThat(declined.out()).contains("Kept. Run the quiz again to resume it.");
        TestCourse.Run resumed =
                course.run("y\nab\n241\n", "quiz", "demo", "--plain", "--seed", "7");
        assertThat(resumed.out())
                .contains("You have an unfinished attempt (1 of 3 answered, graded, seed 7).");
    }

    @Test
    void retakesArePracticeAndDoNotChangeTheGrade() {
        TestCourse course = new TestCourse(dir, "demo.md", QUIZ);
        course.run("a\n\n\n", "quiz", "demo", "--plain", "--seed", "7");
        TestCourse.Run retake =
                course.run("b\nab\n241\n", "quiz", "demo", "--plain", "--seed", "7");
        assertThat(retake.out())
                .contains(
                        "Practice retake",
                        "This was a practice retake: it does not change your grade.");
        assertThat(course.run("", "lessons").out()).contains("score 0/3");
        assertThat(course.run("", "quiz").out()).contains("demo", "0/3 (0%), not passed");
    }

    @Test
    void resultsAreWrittenAsJsonOrCsv() throws Exception {
        TestCourse course = new TestCourse(dir, "demo.md", QUIZ);
        Path json = dir.resolve("out/results.json");
        course.run(
                "b\na\n\n", "quiz", "demo", "--plain", "--seed", "7", "--results", json.toString());
        String j = Files.readString(json);
        assertThat(j)
                .contains(
                        "\"learner\": \"ada\"",
                        "\"quiz\": \"demo\"",
                        "\"seed\": 7",
                        "\"response\": \"a\"",
                        "\"correctness\": \"partial\"",
                        "\"correctness\": \"unanswered\"");
        Path csv = dir.resolve("results.csv");
        course.run(
                "b\nab\n241\n",
                "quiz",
                "demo",
                "--plain",
                "--seed",
                "7",
                "--results",
                csv.toString());
        assertThat(Files.readAllLines(csv))
                .hasSize(4)
                .first()
                .asString()
                .startsWith("learner,quiz,seed,attempt,");
        assertThat(Files.readAllLines(csv).get(3))
                .startsWith(
                        "ada,demo,7,practice,3,what-status-did-proxylogon-ecp-return,number,241,241,correct,1,1,");
    }

    @Test
    void aBrokenQuizFailsWithFileAndLine() {
        TestCourse course =
                new TestCourse(
                        dir,
                        "bad.md",
                        "---\nid: bad\ntitle: Bad\n---\n\n# Pick\n\n1. [ ] A\n1. [ ] B\n");
        TestCourse.Run run = course.run("", "quiz", "bad", "--plain");
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("quizzes/bad.md:6: no correct answer");
    }

    @Test
    void exportThenImportGivesAValidQuiz() throws Exception {
        TestCourse course = new TestCourse(dir, "demo.md", QUIZ);
        Path gift = dir.resolve("demo.gift");
        TestCourse.Run export =
                course.run("", "quiz", "export", "demo", "--format", "gift", "-o", gift.toString());
        assertThat(export.status()).isZero();
        TestCourse.Run imported = course.run("", "quiz", "import", gift.toString());
        assertThat(imported.status()).isZero();
        assertThat(imported.out())
                .startsWith("---\nid: demo\n")
                .contains("## Which CVE is the SSRF?", "- [x] 241");
    }
}
