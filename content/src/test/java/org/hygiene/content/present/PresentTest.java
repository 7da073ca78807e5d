package org.hygiene.content.present;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.hygiene.core.slides.PresenterBeacon;
import org.hygiene.core.testing.ScreenDriver;
import org.hygiene.core.testing.TestIo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hygiene present}: slides, speaker notes that follow, reload on save, exercise slides. */
class PresentTest {
    @TempDir Path data;
    @TempDir Path work;

    private static final String LESSON =
            """
            ---
            id: demo
            title: Demo lesson
            ---
            # Demo lesson

            Opening words.

            <!-- speaker_note: Greet the room and ask who runs Exchange. -->

            ## The proxy

            The front end passes requests on.

            <!--
            speaker_note: |
              Point at the port numbers.
              Then ask why 444.
            -->

            ## The shell

            A file in a web folder.
            """;

    @Test
    void theBundledLessonPlaysAsSlidesAndTheBeaconFollowsEveryMove() throws Exception {
        TestIo io = new TestIo(data);
        Path beacon = data.resolve(PresenterBeacon.FILE_NAME);
        try (ScreenDriver screen = new ScreenDriver(100, 30)) {
            io.terminal(screen::terminal);
            screen.start(() -> io.run("present", "hunting-the-ssrf")).waitFor("1 / ");
            awaitSlide(0);
            screen.type("\033[C");
            awaitSlide(1);
            screen.type("5\r");
            awaitSlide(4);
            screen.type("\033[D");
            awaitSlide(3);
            int total = new PresenterBeacon(data).read().orElseThrow().total();
            screen.type("G");
            awaitSlide(total - 1);
            screen.type("?").waitFor("stop presenting");
            screen.type("q");
            awaitSlide(total - 1);
            screen.type("q");
            assertThat(screen.exitStatus()).isZero();
        }
        assertThat(beacon).doesNotExist();
    }

    @Test
    void speakerNotesAreShownOnlyToTheNotesViewWhichFollowsThePresenter() throws Exception {
        Path lesson = work.resolve("demo.md");
        Files.writeString(lesson, LESSON);
        PresenterBeacon beacon = new PresenterBeacon(data);
        TestIo io = new TestIo(data);
        try (ScreenDriver notes = new ScreenDriver(80, 24)) {
            io.terminal(notes::terminal);
            notes.start(() -> io.run("present", "--notes")).waitFor("Waiting for the presenter");
            beacon.publish(position(lesson, 0));
            notes.waitFor("Greet the room").waitFor("Next: 2. The proxy");
            beacon.publish(position(lesson, 1));
            notes.waitFor("Point at the port numbers").waitFor("Then ask why 444");
            notes.type("q");
            assertThat(notes.exitStatus()).isZero();
        }

        TestIo plain = new TestIo(data);
        assertThat(plain.run("present", lesson.toString(), "--plain")).isZero();
        assertThat(plain.out())
                .contains("Slide 2 of 3: The proxy", "The front end passes requests on.")
                .doesNotContain("speaker_note", "Greet the room", "Point at the port");
        TestIo render = new TestIo(data);
        assertThat(render.run("render", lesson.toString(), "--plain")).isZero();
        assertThat(render.out())
                .contains("Opening words.")
                .doesNotContain("Greet the room", "<!--");
    }

    @Test
    void savingTheLessonReloadsTheSlideInPlace() throws Exception {
        Path lesson = work.resolve("demo.md");
        Files.writeString(lesson, LESSON);
        TestIo io = new TestIo(data);
        try (ScreenDriver screen = new ScreenDriver(80, 24)) {
            io.terminal(screen::terminal);
            screen.start(() -> io.run("present", lesson.toString(), "--slide", "2"))
                    .waitFor("The front end passes requests on.");
            Files.writeString(lesson, LESSON.replace("passes requests on", "forwards to 444"));
            Files.setLastModifiedTime(lesson, FileTime.from(Instant.now().plusSeconds(5)));
            screen.waitFor("forwards to 444").waitFor("Reloaded");
            screen.type("q");
            assertThat(screen.exitStatus()).isZero();
        }
    }

    @Test
    void anExerciseIsASlideWithItsQuestionAndNeverItsAnswer() throws Exception {
        Path lesson = work.resolve("hunt.md");
        Files.writeString(
                lesson,
                """
                ---
                id: hunt
                title: Hunt
                scenario: harbourline
                ---
                ## Find it

                Before the exercise.

                ```exercise
                id: first-ip
                question: Which address came first?
                type: ip
                answer: 203.0.113.7
                points: 10
                explanation: It was 203.0.113.7.
                query: |
                  HttpProxy
                  | take 1
                ```

                After the exercise.
                """);
        TestIo io = new TestIo(data);
        assertThat(io.run("present", lesson.toString(), "--plain")).isZero();
        assertThat(io.out())
                .contains("Slide 2 of 3: Find it", "Which address came first?", "(10 points)")
                .doesNotContain("203.0.113.7", "HttpProxy");
    }

    @Test
    void anUnknownLessonIsAClearErrorWithASuggestion() {
        TestIo io = new TestIo(data);
        assertThat(io.run("present", "hunting-the-ssfr")).isEqualTo(1);
        assertThat(io.err())
                .contains("did you mean 'hunting-the-ssrf'")
                .doesNotContain("Exception");
    }

    /** Wait until the presenter says it shows 0-based slide {@code slide}. */
    private void awaitSlide(int slide) throws InterruptedException {
        PresenterBeacon beacon = new PresenterBeacon(data);
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (beacon.read().map(p -> p.slide()).orElse(-1) != slide) {
            assertThat(System.nanoTime())
                    .as("slide %d never shown", slide + 1)
                    .isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    private static PresenterBeacon.Position position(Path lesson, int slide) {
        return new PresenterBeacon.Position(
                "demo", "Demo lesson", slide, 3, Instant.now(), lesson.toUri().toString());
    }
}
