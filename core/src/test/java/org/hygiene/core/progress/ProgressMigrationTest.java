package org.hygiene.core.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files written by the Hygiene of schema 1 (real ones, saved by the jar before the typed model)
 * load into the typed model and save as schema 2 with nothing lost.
 */
class ProgressMigrationTest {
    @TempDir Path dir;
    private final Clock clock = Clock.fixed(Instant.parse("2026-12-04T08:00:00Z"), ZoneOffset.UTC);

    private Progress load(String fixture) throws Exception {
        Files.createDirectories(dir.resolve("progress"));
        try (InputStream in = getClass().getResourceAsStream("v1/" + fixture)) {
            Files.copy(in, dir.resolve("progress/root.json"));
        }
        ProgressStore.Loaded loaded = new ProgressStore(dir, clock).load("root");
        assertThat(loaded.notices()).isEmpty();
        return loaded.progress();
    }

    @Test
    void aGradedAndAPracticeAttemptBecomeTypedRecords() throws Exception {
        UnitProgress check = load("quizzes.json").unit("what-happened-check");

        QuizRecord q = check.quiz();
        assertThat(q.gradedCount()).isEqualTo(1);
        QuizRecord.Graded best = q.best().orElseThrow();
        assertThat(best.points()).isEqualTo(0.17);
        assertThat(best.maxPoints()).isEqualTo(5);
        assertThat(best.percent()).isEqualTo(3.33);
        assertThat(best.passed()).isFalse();
        assertThat(best.seed()).isEqualTo(3);
        assertThat(best.questions()).hasSize(5);
        assertThat(q.practice()).hasSize(1);
        assertThat(q.practice().get(0).percent()).isEqualTo(40);
        assertThat(q.open()).isEmpty();
        assertThat(check.state()).isEqualTo(UnitState.DONE);
        assertThat(check.items()).as("a quiz's score lives in its attempts").isEmpty();
        assertThat(check.maxScore()).isEqualTo(5);
    }

    @Test
    void anUnfinishedAttemptIsKeptWithItsAnswersAndTime() throws Exception {
        QuizRecord.Open open = load("quizzes.json").unit("final").quiz().open().orElseThrow();

        assertThat(open.graded()).isTrue();
        assertThat(open.seed()).isEqualTo(7);
        assertThat(open.questionIds()).hasSize(20).startsWith("setobject-row", "attrib-hide");
        assertThat(open.responses())
                .containsEntry("setobject-row", "c:3")
                .containsEntry("attrib-hide", "c:0");
        assertThat(open.index()).isEqualTo(2);
        assertThat(open.elapsedMillis()).isEqualTo(37);
        assertThat(open.millis()).containsEntry("setobject-row", 37L);
        assertThat(open.started()).isEqualTo(Instant.parse("2026-12-03T17:33:13.973495336Z"));
    }

    @Test
    void aLessonDoneByReachingItsEndIsReadButNotDoneWithExercisesLeft() throws Exception {
        UnitProgress lesson = load("lesson.json").unit("hunting-the-ssrf");

        assertThat(lesson.read()).isTrue();
        assertThat(lesson.state()).isEqualTo(UnitState.STARTED);
        assertThat(lesson.exercisesFinished()).isEqualTo(2);
        assertThat(lesson.items()).hasSize(4);
        assertThat(lesson.score()).isEqualTo(10);
        assertThat(lesson.maxScore()).isEqualTo(45);
        assertThat(lesson.position()).isEqualTo(315);
        assertThat(lesson.item("ssrf-chain-source").solved()).isTrue();
        assertThat(lesson.item("ssrf-decoy").gaveUp()).isTrue();
    }

    @Test
    void aMigratedFileSavesAsTheCurrentSchemaAndReadsBackTheSame() throws Exception {
        Progress p = load("quizzes.json");
        new ProgressStore(dir, clock).save(p);

        String saved = Files.readString(dir.resolve("progress/root.json"));
        assertThat(saved).contains("\"schemaVersion\": 2").doesNotContain("\"data\"");
        Progress again = new ProgressStore(dir, clock).load("root").progress();
        assertThat(again.unit("what-happened-check").quiz().best())
                .isEqualTo(p.unit("what-happened-check").quiz().best());
        assertThat(again.unit("final").quiz().open()).isEqualTo(p.unit("final").quiz().open());
    }
}
