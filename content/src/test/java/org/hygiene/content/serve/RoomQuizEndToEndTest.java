package org.hygiene.content.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hygiene.core.classroom.ClassFolder;
import org.hygiene.core.classroom.JoinCodes;
import org.hygiene.core.classroom.Roster;
import org.hygiene.core.classroom.RosterEntry;
import org.hygiene.core.console.ClassRecords;
import org.hygiene.core.console.ClassroomRecorder;
import org.hygiene.core.console.ConsoleRoom;
import org.hygiene.core.console.RosterWatch;
import org.hygiene.core.console.screen.TrainerConsole;
import org.hygiene.core.course.BundledCourse;
import org.hygiene.core.course.Course;
import org.hygiene.core.course.CourseLoader;
import org.hygiene.core.markdown.Theme;
import org.hygiene.core.results.ClassResults;
import org.hygiene.core.results.CourseLabels;
import org.hygiene.core.results.ItemKey;
import org.hygiene.core.results.QuestionStats;
import org.hygiene.core.results.StuckRule;
import org.hygiene.core.serve.ClassroomServer;
import org.hygiene.core.serve.ServeSettings;
import org.hygiene.core.serve.SshLearner;
import org.hygiene.core.spi.Plugins;
import org.hygiene.core.testing.ScreenDriver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The trainer runs the bundled lesson-3 check for a room of three learners over SSH: each is
 * offered it, takes it on the same paper, and submits; the console charts their answers and the
 * class report's item analysis has the figures worked out by hand from what they chose.
 */
class RoomQuizEndToEndTest {
    static final Pattern OPTION = Pattern.compile("([a-e])\\) \\( \\) (.+?)\\s*$");

    @TempDir Path data;

    @Test
    void threeLearnersTakeTheRoomQuizAndTheReportAgreesWithWhatTheyChose() throws Exception {
        Course course = CourseLoader.load(BundledCourse.root().orElseThrow());
        Plugins plugins = Plugins.load();
        ClassFolder folder = ClassFolder.of(data, "room");
        folder.create();
        Roster roster = new Roster();
        Map<String, String> codes = new LinkedHashMap<>();
        for (String name : List.of("alice", "bob", "carol")) {
            codes.put(name, JoinCodes.generate());
            roster.put(new RosterEntry(name, JoinCodes.hash(codes.get(name)), List.of(), null));
        }
        roster.save(folder.rosterFile());
        CourseLabels labels = new ClassRecords(folder.root(), course, plugins).labels();
        ClassroomServer server =
                ClassroomServer.start(
                        folder,
                        course,
                        plugins,
                        ServeSettings.of("127.0.0.1", 0),
                        Clock.systemUTC());
        try (ClassroomRecorder recorder =
                        ClassroomRecorder.open(
                                folder.root(),
                                Clock.systemUTC(),
                                new PrintWriter(new StringWriter()),
                                null);
                ScreenDriver trainer = new ScreenDriver(100, 30)) {
            server.sessions().addListener(recorder);
            ConsoleRoom room =
                    new ConsoleRoom(
                            "room",
                            folder.root(),
                            course,
                            labels,
                            recorder,
                            server.sessions(),
                            new RosterWatch(folder.rosterFile()),
                            StuckRule.DEFAULT,
                            Clock.systemUTC(),
                            ZoneOffset.UTC,
                            List.of());
            trainer.start(
                    () -> {
                        new TrainerConsole(room, trainer.terminal(), Theme.MONO, true).run();
                        return 0;
                    });
            trainer.waitFor("0 of 3 connected");
            SshLearner alice = join(server, "alice", codes);
            SshLearner bob = join(server, "bob", codes);
            SshLearner carol = join(server, "carol", codes);
            trainer.waitForScreen("3 of 3 connected");

            // Units view: the sixth unit is the lesson-3 check; start it for the room, 5 minutes.
            trainer.type("3").waitFor("l lock/release");
            trainer.type("jjjjj").waitForScreen("> [quiz] Check: Hunting the SSRF");
            trainer.type("z").waitFor("Time limit for everyone");
            trainer.type("5m\r").waitFor("The quiz is offered to everyone");
            trainer.waitForScreen("0 submitted, 0 answering, 3 not started");

            // The same paper for everyone: the first question's options in the same order.
            Map<String, String> onScreen = startQuiz(alice);
            assertThat(startQuiz(bob)).isEqualTo(onScreen);
            assertThat(startQuiz(carol)).isEqualTo(onScreen);
            String first = onScreen.get("a");
            String second = onScreen.get("b");
            answerFirstAndSubmit(alice, "a");
            answerFirstAndSubmit(bob, "b");
            answerFirstAndSubmit(carol, "a");
            trainer.waitForScreen("3 submitted, 0 answering, 0 not started");

            // The chart: two chose the first option on screen, one the second.
            ItemKey question = questionWith(labels, first, second);
            String chart = trainer.screenNow();
            assertThat(barCount(chart, first)).isEqualTo(2);
            assertThat(barCount(chart, second)).isEqualTo(1);
            trainer.type("z").waitFor("End the room's quiz");
            trainer.type("y\r").waitFor("Quiz ended");
            trainer.waitForScreen("(right)");

            // The report, worked out by hand from the choices above.
            String firstLetter = option(question, first).letter();
            String secondLetter = option(question, second).letter();
            int right =
                    (option(question, first).correct() ? 2 : 0)
                            + (option(question, second).correct() ? 1 : 0);
            ClassResults results =
                    ClassResults.of(recorder.events(), List.of("alice", "bob", "carol"));
            QuestionStats stats =
                    results.questions().stream()
                            .filter(q -> q.item().equals(question.item()))
                            .findFirst()
                            .orElseThrow();
            assertThat(stats.attempts()).isEqualTo(3);
            assertThat(stats.correct()).isEqualTo(right);
            assertThat(stats.facility()).isEqualTo(right / 3.0);
            assertThat(stats.choices())
                    .containsEntry(firstLetter, 2)
                    .containsEntry(secondLetter, 1);
            assertThat(results.gradedQuizzes()).containsExactly("hunting-the-ssrf-check");

            trainer.type("q").type("q").waitFor("Stop serving the class?");
            trainer.type("y\r");
            assertThat(trainer.exitStatus()).isZero();
            for (SshLearner l : List.of(alice, bob, carol)) {
                l.close();
            }
        } finally {
            server.close();
        }
    }

    private static SshLearner join(ClassroomServer server, String name, Map<String, String> codes)
            throws Exception {
        SshLearner learner =
                SshLearner.connect(server.port(), name)
                        .signInWithCode(codes.get(name))
                        .openCourse(80, 24);
        learner.waitFor("What happened");
        return learner;
    }

    /** Take the trainer's invitation, start, and read the first question's options by letter. */
    private static Map<String, String> startQuiz(SshLearner learner) {
        learner.waitFor("Press i for the");
        learner.type("i");
        learner.waitFor("Graded attempt");
        learner.type("\r");
        String screen = learner.waitFor("Question 1 of 5");
        Map<String, String> options = new LinkedHashMap<>();
        for (String line : screen.split("\n")) {
            Matcher m = OPTION.matcher(line);
            if (m.find()) {
                options.put(m.group(1), m.group(2));
            }
        }
        assertThat(options).hasSizeGreaterThanOrEqualTo(2);
        return options;
    }

    /** Choose {@code letter} on the first question, skip the rest, and submit. */
    private static void answerFirstAndSubmit(SshLearner learner, String letter) {
        learner.type(letter + "\r");
        learner.waitFor("Question 2 of 5");
        for (int i = 0; i < 4; i++) {
            learner.type("\033[C");
        }
        learner.waitFor("Ready to submit?");
        learner.type("\r");
        learner.waitFor("your result");
    }

    private static ItemKey questionWith(CourseLabels labels, String a, String b) {
        return labels.items().stream()
                .filter(k -> k.options().stream().anyMatch(o -> o.text().startsWith(a)))
                .filter(k -> k.options().stream().anyMatch(o -> o.text().startsWith(b)))
                .findFirst()
                .orElseThrow();
    }

    /** The option of {@code question} whose text the screen showed (maybe cut at a line end). */
    private static ItemKey.OptionKey option(ItemKey question, String text) {
        return question.options().stream()
                .filter(o -> o.text().startsWith(text))
                .findFirst()
                .orElseThrow();
    }

    /** The count printed on the chart's bar for the option {@code text}. */
    private static int barCount(String screen, String text) {
        for (String line : screen.split("\n")) {
            if (line.contains(text.substring(0, Math.min(25, text.length())))) {
                Matcher m = Pattern.compile("\\s(\\d+)\\s\\s").matcher(line);
                if (m.find()) {
                    return Integer.parseInt(m.group(1));
                }
            }
        }
        throw new AssertionError("no bar for '" + text + "' on:\n" + screen);
    }
}
