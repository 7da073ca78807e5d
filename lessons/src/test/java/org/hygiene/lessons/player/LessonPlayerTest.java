package org.hygiene.lessons.player;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.hygiene.core.course.Course;
import org.hygiene.core.course.CourseLoader;
import org.hygiene.core.course.Problem;
import org.hygiene.core.course.Unit;
import org.hygiene.core.markdown.Theme;
import org.hygiene.core.progress.ItemProgress;
import org.hygiene.core.progress.Progress;
import org.hygiene.core.progress.ProgressStore;
import org.hygiene.core.progress.UnitProgress;
import org.hygiene.core.spi.Plugins;
import org.hygiene.core.spi.Session;
import org.hygiene.lessons.exercise.Exercise;
import org.hygiene.lessons.exercise.ExerciseBlock;
import org.hygiene.lessons.exercise.LessonExercises;
import org.jline.terminal.Size;
import org.jline.terminal.impl.LineDisciplineTerminal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class LessonPlayerTest {
    static final Path COURSE = Path.of("src/test/resources/exercise-course");

    @TempDir Path home;

    private final ByteArrayOutputStream screen = new ByteArrayOutputStream();

    static Course course() throws Exception {
        return CourseLoader.load(COURSE);
    }

    static Unit lesson() throws Exception {
        return course().unit("ssrf-practice").orElseThrow();
    }

    private Session session(String keys) throws IOException, Exception {
        return session(keys, 24);
    }

    private Session session(String keys, int rows) throws IOException, Exception {
        // Keys go straight into the line discipline: no end of input, which would close the
        // terminal
        // before the pager reopens after an exercise.
        LineDisciplineTerminal terminal =
                new LineDisciplineTerminal("test", "ansi", screen, StandardCharsets.UTF_8);
        terminal.setSize(new Size(80, rows));
        terminal.processInputBytes(keys.getBytes(StandardCharsets.UTF_8));
        ProgressStore store = new ProgressStore(home, Clock.systemUTC());
        return new Session(
                course(),
                new Progress("tester"),
                store,
                terminal,
                Theme.MONO,
                new Plugins(List.of()),
                Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC),
                new PrintWriter(new StringWriter()));
    }

    @Test
    void theSampleLessonValidatesCleanly() throws Exception {
        assertThat(LessonExercises.problems(lesson())).isEmpty();
        assertThat(LessonExercises.valid(lesson()))
                .extracting(Exercise::id)
                .containsExactly("first-attacker-ip", "decoy-stem");
    }

    @Test
    void validateReportsProblemsWithLessonFilePositions() throws Exception {
        Unit good = lesson();
        String body = good.body().replace("type: ip\n", "type: ipv4\n");
        Unit bad =
                new Unit(
                        good.id(),
                        good.kind(),
                        good.title(),
                        good.minutes(),
                        good.frontMatter(),
                        good.path(),
                        good.relativePath(),
                        body,
                        good.bodyLine());
        List<Problem> problems = LessonExercises.problems(bad);
        int typeLine =
                1
                        + (int)
                                Files.readAllLines(COURSE.resolve("lessons/01-ssrf.md")).stream()
                                        .takeWhile(l -> !l.equals("type: ip"))
                                        .count();
        assertThat(problems)
                .extracting(Problem::toString)
                .containsExactly(
                        "lessons/01-ssrf.md:"
                                + typeLine
                                + ":1: unknown answer type 'ipv4'; use one of text, ip, path,"
                                + " timestamp, number, set, regex");
    }

    @Test
    void everyExerciseStartsUnsolved() throws Exception {
        UnitProgress fresh = new UnitProgress();
        org.hygiene.lessons.exercise.ExerciseSession.registerAll(
                LessonExercises.valid(lesson()), fresh);
        assertThat(fresh.items()).hasSize(2);
        for (ItemProgress item : fresh.items().values()) {
            assertThat(item.solved()).isFalse();
            assertThat(item.gaveUp()).isFalse();
            assertThat(item.points()).isZero();
            assertThat(item.attempts()).isZero();
            assertThat(item.hintsUsed()).isZero();
        }
        assertThat(fresh.score()).isZero();
        assertThat(fresh.maxScore()).isEqualTo(15);
    }

    @Test
    void plainOutputShowsQuestionsPointsAndHowToAnswerButNeverTheAnswers() throws Exception {
        StringWriter out = new StringWriter();
        new LessonPlayer().printPlain(lesson(), session(""), new PrintWriter(out));
        String text = out.toString();
        assertThat(text)
                .contains("Exercise 1 of 2: Who sent it (10 points, 2 hints)")
                .contains("Which client IP address sent the first request")
                .contains("Answer with an IP address")
                .contains("[ ] Not solved yet.")
                .contains("Answer it at a prompt: `hygiene exercise 1 1`")
                .contains("Exercise 2 of 2 (5 points)");
        assertThat(text)
                .doesNotContain("203.0.113.7")
                .doesNotContain("198.51.100.20")
                .doesNotContain("HttpProxy\n")
                .doesNotContain("sort by DateTime")
                .doesNotContain("24e1cadb")
                .doesNotContain("Filter the HttpProxy");
        assertThat(text).doesNotContain("\u001b");
    }

    @Test
    void cardsShowTheSolvedMark() throws Exception {
        Unit unit = lesson();
        List<ExerciseBlock> blocks = LessonExercises.of(unit);
        UnitProgress p = new UnitProgress();
        ItemProgress item = p.item("first-attacker-ip");
        item.worth(10);
        item.solve(8, java.time.Instant.EPOCH);
        p.item("decoy-stem").giveUp();
        String body = ExerciseCards.inject(unit.body(), blocks, p, false, unit.id());
        assertThat(body)
                .contains("\\[x\\] Solved: 8 of 10 points.")
                .contains("\\[-\\] Given up: 0 of 5 points.")
                .doesNotContain("```exercise");
    }

    @Test
    @Timeout(20)
    void enterOnACardOpensItsExerciseAndTheScoreIsSaved() throws Exception {
        List<String> opened = new ArrayList<>();
        LessonPlayer player =
                new LessonPlayer(
                        ctx -> {
                            opened.add(ctx.exercise().id());
                            ctx.start().answer("203.0.113.7");
                        });
        Session session = session("\rq");
        player.play(lesson(), session);
        assertThat(opened).containsExactly("first-attacker-ip");
        UnitProgress saved =
                new ProgressStore(home, Clock.systemUTC())
                        .load("tester")
                        .progress()
                        .unit("ssrf-practice");
        assertThat(saved.items().get("first-attacker-ip").solved()).isTrue();
        assertThat(saved.score()).isEqualTo(10);
        assertThat(saved.maxScore()).isEqualTo(15);
    }

    @Test
    @Timeout(20)
    void aNumberOpensThatExercise() throws Exception {
        List<String> opened = new ArrayList<>();
        new LessonPlayer(ctx -> opened.add(ctx.exercise().id())).play(lesson(), session("2q"));
        assertThat(opened).containsExactly("decoy-stem");
    }

    @Test
    void cardsAreFoundInTheRenderedLesson() throws Exception {
        Unit unit = lesson();
        List<ExerciseBlock> blocks = LessonExercises.of(unit);
        String body =
                ExerciseCards.inject(unit.body(), blocks, new UnitProgress(), false, unit.id());
        var lines = new org.hygiene.core.markdown.TerminalMarkdown(Theme.MONO, 80).render(body);
        List<ExerciseCards.Span> spans = ExerciseCards.locate(lines, 2);
        assertThat(spans).allMatch(s -> s.first() >= 0 && s.last() > s.first());
        assertThat(lines.get(spans.get(0).first()).toString()).contains("Exercise 1 of 2");
        assertThat(ExerciseCards.choose(spans, 0, 23, false)).isZero();
        assertThat(ExerciseCards.choose(spans, spans.get(1).first(), 23, false)).isEqualTo(1);
        assertThat(ExerciseCards.choose(spans, spans.get(1).last() + 1, 23, false)).isEqualTo(-1);
        assertThat(ExerciseCards.choose(spans, spans.get(1).last() + 1, 23, true)).isEqualTo(1);
    }

    @Test
    @Timeout(20)
    void aFinishedLessonReopensAtItsStartAndAnUnfinishedOneWhereItWasLeft() throws Exception {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        // A short screen, so that line 4 is a place the lesson can be left at. The unfinished
        // case first: both share one data folder, and a lesson done anywhere is done.
        Session unfinished = session("q", 8);
        unfinished.progressOf("ssrf-practice").position(4);
        new LessonPlayer(ctx -> {}).play(lesson(), unfinished);
        assertThat(unfinished.progressOf("ssrf-practice").position()).isEqualTo(4);

        Session finished = session("q", 8);
        UnitProgress done = finished.progressOf("ssrf-practice");
        done.position(4);
        done.markRead(now);
        done.complete(now);
        new LessonPlayer(ctx -> {}).play(lesson(), finished);
        assertThat(finished.progressOf("ssrf-practice").position()).isZero();
    }

    @Test
    @Timeout(20)
    void afterARightAnswerNextOpensTheLessonsNextExerciseAndTheLastOneSaysItIsTheLast()
            throws Exception {
        Session session = session("\ranswer 203.0.113.7\rnext\rgiveup\ry\rnext\rback\rq");
        new LessonPlayer().play(lesson(), session);
        String text = screen.toString(StandardCharsets.UTF_8);
        assertThat(text)
                .contains("[x] Correct! +10 points.")
                .contains("Type next for exercise 2 of 2, or back to return to the lesson.")
                .contains("Exercise: decoy-stem (5 points)")
                .contains("That was the lesson's last exercise. Type back to return to the lesson.")
                .contains("This is the lesson's last exercise. Type back to return to the lesson.");
        UnitProgress saved =
                new ProgressStore(home, Clock.systemUTC())
                        .load("tester")
                        .progress()
                        .unit("ssrf-practice");
        assertThat(saved.items().get("first-attacker-ip").solved()).isTrue();
        assertThat(saved.items().get("decoy-stem").gaveUp()).isTrue();
    }
}
