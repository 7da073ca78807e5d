package org.hygiene.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.hygiene.core.course.Course;
import org.hygiene.core.course.CourseLoader;
import org.hygiene.core.markdown.Theme;
import org.hygiene.core.progress.ProgressStore;
import org.hygiene.core.progress.UnitProgress;
import org.hygiene.core.progress.UnitState;
import org.hygiene.core.spi.Plugins;
import org.hygiene.core.spi.Session;
import org.hygiene.quiz.player.QuizPlayer;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The full-screen quiz, driven by keys over a terminal built on memory streams. */
@org.junit.jupiter.api.Timeout(30)
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

    @TempDir Path dir;

    /**
     * What was drawn, without escape sequences or white space: the diff-based redraw moves the
     * cursor over unchanged cells and spaces, so only the letters are reliable.
     */
    private record Played(Session session, String screen) {
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

    private Played play(String keys) throws Exception {
        return play(QUIZ, keys);
    }

    private Played play(String quiz, String keys) throws Exception {
        TestCourse course = new TestCourse(dir, "demo.md", quiz);
        Course c = CourseLoader.load(course.root);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // A pipe that stays open: at the end of a closed stream JLine closes the terminal.
        java.io.PipedOutputStream typing = new java.io.PipedOutputStream();
        java.io.PipedInputStream in = new java.io.PipedInputStream(typing, 4096);
        Terminal terminal =
                TerminalBuilder.builder()
                        .system(false)
                        .streams(in, out)
                        .type("ansi")
                        .size(new Size(80, 24))
                        .encoding(StandardCharsets.UTF_8)
                        .build();
        // Type only once the screen is in raw mode, as a person would: in cooked mode the line
        // discipline would buffer the keys and turn Ctrl-C into a signal.
        java.util.concurrent.atomic.AtomicBoolean done =
                new java.util.concurrent.atomic.AtomicBoolean();
        Thread typist =
                new Thread(
                        () -> {
                            try {
                                for (int i = 0; i < 500; i++) {
                                    org.jline.terminal.Attributes a = terminal.getAttributes();
                                    if (!a.getLocalFlag(
                                                    org.jline.terminal.Attributes.LocalFlag.ICANON)
                                            && !a.getLocalFlag(
                                                    org.jline.terminal.Attributes.LocalFlag.ISIG)) {
                                        typing.write(keys.getBytes(StandardCharsets.UTF_8));
                                        typing.flush();
                                        // Stay alive: a pipe whose writer thread has ended counts
                                        // as broken.
                                        while (!done.get()) {
                                            Thread.sleep(20);
                                        }
                                        return;
                                    }
                                    Thread.sleep(10);
                                }
                            } catch (Exception e) {
                                // The test fails on its own timeout.
                            }
                        });
        typist.setDaemon(true);
        typist.start();
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
        new QuizPlayer().play(c.unit("demo").orElseThrow(), session);
        done.set(true);
        typist.join();
        terminal.close();
        return new Played(session, out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void arrowKeysSpaceAndEnterAnswerSubmitAndShowTheReview() throws Exception {
        // Start; move to b and take it; toggle a and b; submit; leave the review.
        Played p = play("\r" + DOWN + "\r" + " " + DOWN + " " + "\r" + "\r" + "q");
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
    void lettersChooseOptionsDirectly() throws Exception {
        Played p = play("\r" + "a" + "\r" + "c" + "\r" + "\r" + "q");
        assertThat(p.session().progressOf("demo").score()).isZero();
        p.shows("Score 0/2 (0%): not passed");
    }

    @Test
    void ctrlCKeepsTheAnswersGivenSoFarForResuming() throws Exception {
        Played p = play("\r" + DOWN + "\r" + "\003");
        UnitProgress progress = p.session().progressOf("demo");
        assertThat(p.session().quitRequested()).isTrue();
        assertThat(progress.state()).isEqualTo(UnitState.STARTED);
        assertThat(progress.quiz().open().orElseThrow().responses())
                .containsEntry("which-cve-is-the-ssrf", "c:1");
        Played again = play("\r" + " " + DOWN + " " + "\r" + "\r" + "q");
        again.shows("You have an unfinished attempt (1 of 2 answered");
        assertThat(again.session().progressOf("demo").score()).isEqualTo(2);
    }

    @Test
    void escLeavesWithoutSubmitting() throws Exception {
        Played p = play("\r" + "\033");
        assertThat(p.session().progressOf("demo").state()).isEqualTo(UnitState.STARTED);
        assertThat(p.session().progressOf("demo").quiz().open()).isPresent();
    }

    @Test
    void givingUpAGradedAttemptAsksFirstThenSubmitsItAsItStands() throws Exception {
        play("\r" + DOWN + "\r" + "\003");
        Played kept = play("d" + "n" + "q");
        kept.shows("Submitthisgradedattemptasitstands?", "Kept:Enterorrresumesit.");
        assertThat(kept.session().progressOf("demo").quiz().open()).isPresent();
        Played gone = play("d" + "y" + "q");
        assertThat(gone.session().progressOf("demo").quiz().open()).isEmpty();
        assertThat(gone.session().progressOf("demo").quiz().gradedCount()).isEqualTo(1);
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
        Played p = play(TEXT_QUIZ, "\r" + paste + "\033");
        assertThat(typedAnswer(p)).isEqualTo("t:" + paste);
        p.shows("characters above; Home goes to the start");
    }

    @Test
    void leftAndRightMoveTheCursorInATextAnswerInsteadOfChangingQuestion() throws Exception {
        // "hlKq2": Left x3 puts the cursor before K; Right x9 stops at the end, on question 1.
        Played p =
                play(
                        TEXT_QUIZ,
                        "\r" + "hlKq2" + LEFT + LEFT + LEFT + "7" + RIGHT.repeat(9) + "\033");
        assertThat(typedAnswer(p)).isEqualTo("t:hl7Kq2");
        assertThat(p.session().progressOf("demo").quiz().open().orElseThrow().index()).isZero();
    }

    @Test
    void homeEndDeleteAndCtrlUEditATextAnswer() throws Exception {
        Played p = play(TEXT_QUIZ, "\r" + "Xhl7Kq" + "\001" + "\033[3~" + "\005" + "2" + "\033");
        assertThat(typedAnswer(p)).isEqualTo("t:hl7Kq2");
        // The attempt resumes on its first question, with hl7Kq2 typed.
        Played cleared = play(TEXT_QUIZ, "\r" + "\025" + "y".repeat(300) + "\025" + "ok" + "\033");
        assertThat(typedAnswer(cleared)).isEqualTo("t:ok");
    }

    @Test
    void tabHintIsOfferedOnlyWhereAQuestionHasAHint() throws Exception {
        Played p = play(TEXT_QUIZ, "\r" + "\033");
        assertThat(p.letters()).doesNotContain("Tabhint");
    }
}
