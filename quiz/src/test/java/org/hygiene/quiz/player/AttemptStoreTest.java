package org.hygiene.quiz.player;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.hygiene.core.progress.Progress;
import org.hygiene.core.progress.ProgressStore;
import org.hygiene.quiz.engine.Attempt;
import org.hygiene.quiz.engine.Paper;
import org.hygiene.quiz.engine.Response;
import org.hygiene.quiz.format.QuizParser;
import org.hygiene.quiz.model.Quiz;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Quiz attempts in the typed progress record, with several copies of Hygiene at once. */
class AttemptStoreTest {
    private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");
    private static final Quiz FINAL =
            QuizParser.parseFile(
                            "final.md",
                            """
                            ---
                            id: final
                            title: Final
                            attempts: 1
                            time-limit: 40m
                            shuffle: false
                            ---

                            ## Which CVE is the SSRF?

                            1. [ ] CVE-2021-26857
                            1. [x] CVE-2021-26855
                            """)
                    .quiz();

    @TempDir Path dir;

    private Progress open() {
        return new ProgressStore(dir, Clock.fixed(T0, ZoneOffset.UTC)).load("alice").progress();
    }

    private void save(Progress p) throws Exception {
        new ProgressStore(dir, Clock.fixed(T0, ZoneOffset.UTC)).save(p);
    }

    private static Attempt answered(Attempt a) {
        a.answer(FINAL.questions().get(0).id(), Response.decode("c:1"));
        return a;
    }

    @Test
    void aGradedAttemptRecordedInAnotherCopyCannotBeRetakenAsGraded() throws Exception {
        Progress course = open(); // the course, open all along
        Progress plain = open(); // hygiene quiz final --plain, beside it
        AttemptStore plainStore = new AttemptStore(plain.unit("final"));
        Attempt a = answered(new Attempt(Paper.draw(FINAL, 7), Attempt.Kind.GRADED, T0));
        plainStore.record(a, a.grade(), T0, 1);
        save(plain);

        save(course); // the course re-reads before it decides anything
        AttemptStore courseStore = new AttemptStore(course.unit("final"));

        assertThat(courseStore.gradedCount()).isEqualTo(1);
        assertThat(courseStore.nextKind(FINAL)).isEqualTo(Attempt.Kind.PRACTICE);
        assertThat(open().unit("final").quiz().gradedCount()).isEqualTo(1);
    }

    @Test
    void aGradedAttemptOpenInAnotherCopyUsesTheLastGradedSlot() throws Exception {
        Progress a = open();
        AttemptStore storeA = new AttemptStore(a.unit("final"));
        storeA.saveUnfinished(new Attempt(Paper.draw(FINAL, 7), Attempt.Kind.GRADED, T0), T0);
        save(a);

        Progress b = open();
        assertThat(new AttemptStore(b.unit("final")).nextKind(FINAL))
                .isEqualTo(Attempt.Kind.PRACTICE);
    }

    @Test
    void aSecondGradedSubmissionBeyondTheAllowanceIsRecordedAsPractice() throws Exception {
        Progress p = open();
        AttemptStore store = new AttemptStore(p.unit("final"));
        Attempt first = answered(new Attempt(Paper.draw(FINAL, 7), Attempt.Kind.GRADED, T0));
        Attempt second = new Attempt(Paper.draw(FINAL, 8), Attempt.Kind.GRADED, T0);

        assertThat(store.record(first, first.grade(), T0, 1)).isEqualTo(Attempt.Kind.GRADED);
        assertThat(store.record(second, second.grade(), T0, 1)).isEqualTo(Attempt.Kind.PRACTICE);
        assertThat(store.gradedCount()).isEqualTo(1);
        assertThat(store.bestGraded()).contains("1/1 (100%), passed");
    }

    @Test
    void theTimeLimitRunsOnWhileTheProgramIsClosed() throws Exception {
        Progress p = open();
        AttemptStore store = new AttemptStore(p.unit("final"));
        Attempt a = new Attempt(Paper.draw(FINAL, 7), Attempt.Kind.GRADED, T0);
        a.spend(FINAL.questions().get(0).id(), 20_000);
        store.saveUnfinished(a, T0.plusSeconds(20));
        save(p);

        AtomicReference<Instant> now = new AtomicReference<>(T0.plusSeconds(15 * 60));
        Attempt resumed =
                new AttemptStore(open().unit("final")).resume(FINAL, now::get).orElseThrow();

        assertThat(resumed.id()).isEqualTo(a.id());
        assertThat(resumed.timeLeft()).isEqualTo(Duration.ofMinutes(25));
        now.set(T0.plus(Duration.ofMinutes(41)));
        assertThat(resumed.timeIsUp()).isTrue();
    }

    @Test
    void practiceRetakesCountOnlyTheTimeSpentOnQuestions() {
        Attempt a = new Attempt(Paper.draw(FINAL, 7), Attempt.Kind.PRACTICE, T0);
        a.timeByWallClock(() -> T0.plus(Duration.ofHours(2)));
        a.spend("q", 60_000);
        assertThat(a.timeLeft()).isEqualTo(Duration.ofMinutes(39));
    }
}
