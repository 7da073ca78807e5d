package org.hygiene.core.screen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hygiene.core.course.Course;
import org.hygiene.core.course.CourseLoader;
import org.hygiene.core.course.Unit;
import org.hygiene.core.course.UnitKind;
import org.hygiene.core.markdown.Theme;
import org.hygiene.core.progress.ProgressStore;
import org.hygiene.core.slides.Deck;
import org.hygiene.core.slides.DeckSplitter;
import org.hygiene.core.slides.PresenterBeacon;
import org.hygiene.core.slides.PresenterWatch;
import org.hygiene.core.slides.SlideFrame;
import org.hygiene.core.spi.HygienePlugin;
import org.hygiene.core.spi.Plugins;
import org.hygiene.core.spi.Session;
import org.hygiene.core.spi.UnitPlayer;
import org.hygiene.core.testing.CourseFolder;
import org.hygiene.core.testing.ScreenDriver;
import org.hygiene.core.testing.TestIo;
import org.jline.utils.AttributedString;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a learner is offered and shown of the trainer's slides; alone, nothing. */
class FollowPresenterScreenTest {
    @TempDir Path data;
    @TempDir Path courseDir;
    Course course;
    PresenterBeacon beacon;

    @BeforeEach
    void course() throws Exception {
        StringBuilder tall = new StringBuilder("# Tall lesson\n\nIntro.\n\n## Many lines\n\n");
        for (int i = 1; i <= 60; i++) {
            tall.append("Line ").append(i).append(" of a slide taller than any screen.\n\n");
        }
        new CourseFolder(courseDir)
                .file(
                        "course.md",
                        "# A course\n\n# Part\n- [Intro](lessons/01.md)\n- [Tall](lessons/02.md)\n")
                .lesson("lessons/01.md", "intro", "Intro lesson", 2)
                .file(
                        "lessons/02.md",
                        "---\nid: tall\ntitle: Tall lesson\nminutes: 5\n---\n" + tall);
        course = CourseLoader.load(courseDir);
        beacon = new PresenterBeacon(data.resolve("classes").resolve("monday"));
    }

    private Session session(boolean served) {
        UnitPlayer slides =
                new UnitPlayer() {
                    @Override
                    public UnitKind kind() {
                        return UnitKind.LESSON;
                    }

                    @Override
                    public void play(Unit unit, Session session) {}

                    @Override
                    public void printPlain(Unit unit, Session session, PrintWriter out) {}

                    @Override
                    public Optional<Deck> slides(Unit unit) {
                        return Optional.of(
                                DeckSplitter.split(unit.title(), unit.body(), n -> false));
                    }
                };
        HygienePlugin plugin =
                new HygienePlugin() {
                    @Override
                    public List<UnitPlayer> players() {
                        return List.of(slides);
                    }
                };
        ProgressStore store = new ProgressStore(data, Clock.systemUTC());
        Session session =
                new Session(
                        course,
                        store.load("alice").progress(),
                        store,
                        null,
                        Theme.DARK,
                        new Plugins(List.of(plugin)),
                        Clock.systemUTC(),
                        new PrintWriter(new StringWriter()));
        if (served) {
            session.followPresenter(new PresenterWatch(beacon, Clock.systemUTC()));
        }
        return session;
    }

    private void present(String unit, String title, int slide, int total) throws Exception {
        beacon.publish(
                new PresenterBeacon.Position(
                        unit, title, slide, total, Instant.now(), "file:///etc/passwd"));
    }

    @Test
    void aServedLearnerIsOfferedTheLessonByItsNumberAndTitleInTheirCourse() throws Exception {
        present("tall", "\u001b[31mA title from the beacon", 1, 2);
        assertThat(FollowPresenterScreen.offer(session(true)))
                .contains("The trainer is presenting 2. Tall lesson, slide 2/2: press f to follow");
    }

    @Test
    void aLearnerPlayingAloneIsNeverOfferedABeacon() throws Exception {
        present("tall", "Tall lesson", 1, 2);
        new PresenterBeacon(data).publish(beacon.read().orElseThrow());
        assertThat(FollowPresenterScreen.offer(session(false))).isEmpty();
    }

    @Test
    void nothingIsOfferedWhenNobodyPresentsOrTheLessonIsNotInTheCourse() throws Exception {
        Session session = session(true);
        assertThat(FollowPresenterScreen.offer(session)).isEmpty();
        present("elsewhere", "Elsewhere", 0, 3);
        assertThat(FollowPresenterScreen.offer(session)).isEmpty();
    }

    @Test
    void theSlideIsFittedToTheLearnersWindowAndWhatDoesNotFitScrolls() throws Exception {
        Session session = session(true);
        FollowPresenterScreen screen = new FollowPresenterScreen(session, null);
        PresenterBeacon.Position p =
                new PresenterBeacon.Position("tall", "Tall lesson", 1, 2, Instant.now(), "");
        for (int[] size : new int[][] {{40, 12}, {80, 24}, {100, 30}, {200, 60}}) {
            SlideFrame.Frame top = screen.frame(Optional.of(p), size[0], size[1], 0);
            assertThat(top.lines()).hasSize(size[1]);
            assertThat(top.lines())
                    .allSatisfy(l -> assertThat(l.columnLength()).isLessThanOrEqualTo(size[0]));
            assertThat(top.maxScroll()).isPositive();
            assertThat(text(top)).contains("Following the trainer", "Line 1 of", "more lines");
            SlideFrame.Frame bottom =
                    screen.frame(Optional.of(p), size[0], size[1], top.maxScroll());
            assertThat(text(bottom)).contains("Line 60 of", "more above").doesNotContain("Line 1 ");
        }
    }

    @Test
    void hostileBeaconTextIsCleanedBeforeItReachesTheScreen() throws Exception {
        FollowPresenterScreen screen = new FollowPresenterScreen(session(true), null);
        PresenterBeacon.Position p =
                new PresenterBeacon.Position(
                        "elsewhere", "\u001b]0;owned\u0007\u001b[2J", 0, 3, Instant.now(), "");
        String shown = text(screen.frame(Optional.of(p), 80, 24, 0));
        assertThat(shown)
                .contains("which is not in this course")
                .doesNotContain("\u001b", "\u0007");
        assertThat(text(screen.frame(Optional.empty(), 80, 24, 0)))
                .contains("The trainer has stopped presenting.");
    }

    @Test
    void theLaunchersCourseMapOffersNothingEvenWithABeaconInTheDataFolder() throws Exception {
        present("tall", "Tall lesson", 1, 2);
        new PresenterBeacon(data).publish(beacon.read().orElseThrow());
        TestIo io = new TestIo(data);
        try (ScreenDriver screen = new ScreenDriver(80, 24)) {
            io.terminal(screen::terminal);
            screen.start(() -> io.run("--content", courseDir.toString()));
            screen.waitFor("units done");
            assertThat(screen.output()).doesNotContain("presenting", "f follow");
            screen.type("q");
            assertThat(screen.exitStatus()).isZero();
        }
    }

    private static String text(SlideFrame.Frame frame) {
        StringBuilder out = new StringBuilder();
        for (AttributedString line : frame.lines()) {
            out.append(line.toString()).append('\n');
        }
        return out.toString();
    }
}
