package org.hygiene.core.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two copies of Hygiene (or two sessions of the server) on one learner never lose each other's
 * work.
 */
class ProgressMergeTest {
    private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");

    @TempDir Path dir;
    private final Clock clock = Clock.fixed(T0, ZoneOffset.UTC);

    /** A copy of Hygiene: its own store object and its own progress, loaded at start. */
    private Progress open() {
        return new ProgressStore(dir, clock).load("alice").progress();
    }

    private void save(Progress p) throws Exception {
        new ProgressStore(dir, clock).save(p);
    }

    private Progress onDisk() {
        return open();
    }

    private static void solve(Progress p, String unit, String exercise, int points) {
        ItemProgress item = p.unit(unit).item(exercise);
        item.worth(10);
        item.countAttempt();
        item.solve(points, T0);
    }

    @Test
    void exercisesSolvedInOneCopySurviveALessonReadInTheOther() throws Exception {
        Progress a = open();
        Progress b = open(); // started while A was open
        for (String e : List.of("one", "two", "three")) {
            solve(a, "hunting-the-ssrf", e, 10);
            save(a);
        }
        b.unit("responding").markRead(T0);
        b.unit("responding").complete(T0);
        save(b);
        save(a); // A quits
        save(b); // B quits

        Progress disk = onDisk();
        assertThat(disk.unit("hunting-the-ssrf").score()).isEqualTo(30);
        assertThat(disk.unit("hunting-the-ssrf").exercisesFinished()).isEqualTo(3);
        assertThat(disk.state("responding")).isEqualTo(UnitState.DONE);
        assertThat(b.unit("hunting-the-ssrf").score())
                .as("B sees A's work after its own save")
                .isEqualTo(30);
    }

    @Test
    void anIdleCopyQuittingLeavesTheOthersWorkAlone() throws Exception {
        Progress idle = open();
        Progress busy = open();
        solve(busy, "lesson", "e", 10);
        busy.unit("lesson").complete(T0);
        save(busy);

        save(idle);

        assertThat(onDisk().state("lesson")).isEqualTo(UnitState.DONE);
        assertThat(onDisk().unit("lesson").score()).isEqualTo(10);
    }

    @Test
    void attemptsFromBothCopiesAddUpAndTheFirstSolveStands() throws Exception {
        Progress a = open();
        Progress b = open();
        ItemProgress ia = a.unit("l").item("e");
        ia.worth(10);
        ia.countAttempt();
        ia.countAttempt();
        ItemProgress ib = b.unit("l").item("e");
        ib.worth(10);
        ib.countAttempt();
        ib.takeHint();
        ib.solve(6, T0.plusSeconds(5));
        save(b);
        ia.solve(10, T0.plusSeconds(9));
        save(a);
        save(a);

        ItemProgress merged = onDisk().unit("l").item("e");
        assertThat(merged.attempts()).isEqualTo(3);
        assertThat(merged.hintsUsed()).isEqualTo(1);
        assertThat(merged.points()).as("the solve recorded first").isEqualTo(6);
        assertThat(merged.solvedAt()).isEqualTo(T0.plusSeconds(5));
    }

    @Test
    void aSolvedExerciseStaysSolvedWhenTheOtherCopyGivesUp() throws Exception {
        Progress a = open();
        Progress b = open();
        solve(a, "l", "e", 8);
        save(a);
        b.unit("l").item("e").worth(10);
        b.unit("l").item("e").giveUp();
        save(b);

        ItemProgress merged = onDisk().unit("l").item("e");
        assertThat(merged.solved()).isTrue();
        assertThat(merged.points()).isEqualTo(8);
    }

    @Test
    void theReadingPositionFollowsTheCopyThatMovedIt() throws Exception {
        Progress a = open();
        Progress b = open();
        a.unit("l").position(120);
        save(a);
        save(b); // B did not move: A's position stands
        assertThat(onDisk().unit("l").position()).isEqualTo(120);

        b.unit("l").position(30);
        save(b);
        assertThat(onDisk().unit("l").position()).isEqualTo(30);
    }

    @Test
    void aGradedAttemptRecordedBesideAnOpenCourseIsKeptAndCountsAsUsed() throws Exception {
        Progress course = open();
        course.unit("lesson").markRead(T0);
        save(course);
        Progress quiz = open(); // hygiene quiz final --plain, beside the open course
        quiz.unit("final").quiz().record(graded("x1", 80));
        quiz.unit("final").complete(T0);
        save(quiz);

        course.unit("lesson").position(12);
        save(course);
        save(course);

        QuizRecord record = onDisk().unit("final").quiz();
        assertThat(record.gradedCount()).isEqualTo(1);
        assertThat(record.best().orElseThrow().percent()).isEqualTo(80);
        assertThat(course.unit("final").quiz().gradedCount())
                .as("the course sees the graded attempt before deciding anything")
                .isEqualTo(1);
    }

    @Test
    void aGradedAttemptIsRecordedOnceAndTheFirstRecordStands() throws Exception {
        Progress a = open();
        Progress b = open();
        a.unit("final").quiz().record(graded("same", 40));
        save(a);
        b.unit("final").quiz().record(graded("same", 95));
        save(b);

        QuizRecord record = onDisk().unit("final").quiz();
        assertThat(record.gradedCount()).isEqualTo(1);
        assertThat(record.best().orElseThrow().percent()).isEqualTo(40);
    }

    @Test
    void aDiscardedAttemptDoesNotComeBackFromTheOtherCopy() throws Exception {
        Progress a = open();
        a.unit("final").quiz().saveOpen(openAttempt("o1", T0));
        save(a);
        Progress b = open(); // sees the open attempt
        a.unit("final").quiz().discardOpen();
        save(a);

        save(b);
        assertThat(onDisk().unit("final").quiz().open()).isEmpty();

        b.unit("final").quiz().saveOpen(openAttempt("o1", T0.plusSeconds(60)));
        save(b);
        assertThat(onDisk().unit("final").quiz().open()).as("discarded for good").isEmpty();
    }

    @Test
    void anAttemptSubmittedElsewhereIsNoLongerOpenHere() throws Exception {
        Progress a = open();
        a.unit("final").quiz().saveOpen(openAttempt("o1", T0));
        save(a);
        Progress b = open();
        b.unit("final").quiz().record(graded("o1", 70));
        save(b);

        save(a);

        assertThat(a.unit("final").quiz().open()).isEmpty();
        assertThat(a.unit("final").quiz().gradedCount()).isEqualTo(1);
    }

    @Test
    void sessionsOfOneProcessSavingAtOnceLoseNothing() throws Exception {
        int sessions = 8;
        int steps = 25;
        ExecutorService pool = Executors.newFixedThreadPool(sessions);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int s = 0; s < sessions; s++) {
                int id = s;
                done.add(
                        pool.submit(
                                () -> {
                                    ProgressStore store = new ProgressStore(dir, clock);
                                    Progress p = store.load("alice").progress();
                                    for (int i = 0; i < steps; i++) {
                                        solve(p, "l", "s" + id + "-" + i, 1);
                                        p.unit("l").item("shared").countAttempt();
                                        store.save(p);
                                    }
                                    return null;
                                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }

        UnitProgress l = onDisk().unit("l");
        assertThat(l.exercisesFinished()).isEqualTo(sessions * steps);
        assertThat(l.item("shared").attempts()).isEqualTo(sessions * steps);
    }

    static QuizRecord.Graded graded(String id, double percent) {
        return new QuizRecord.Graded(
                id,
                7,
                T0,
                T0.plusSeconds(300),
                percent / 10,
                10,
                percent,
                percent >= 60,
                List.of());
    }

    static QuizRecord.Open openAttempt(String id, Instant savedAt) {
        return new QuizRecord.Open(
                id,
                "graded",
                7,
                T0,
                List.of("q1", "q2"),
                0,
                0,
                Map.of("q1", "c:1"),
                Map.of(),
                savedAt);
    }
}
