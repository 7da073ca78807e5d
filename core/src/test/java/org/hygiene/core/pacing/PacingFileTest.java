package org.hygiene.core.pacing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.hygiene.core.console.ClassroomRecorder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A restarted class server keeps the trainer's locks, invitation and room quiz. */
class PacingFileTest {
    @TempDir Path classRoot;

    @Test
    void aRestartedRecorderTakesUpTheLocksTheInvitationAndTheRoomQuiz() throws Exception {
        ClassPacing.RoomQuiz quiz =
                new ClassPacing.RoomQuiz(
                        "check", 42, Duration.ofMinutes(5), Instant.parse("2026-12-03T10:00:00Z"));
        try (ClassroomRecorder first = open(new StringWriter())) {
            first.pacing().lock("lesson-4", "after the break");
            first.pacing().lock("lesson-5", "");
            first.pacing().release("lesson-5");
            first.pacing().startRoomQuiz(quiz);
            first.pacing().invite("check");
        }
        StringWriter problems = new StringWriter();
        try (ClassroomRecorder second = open(problems)) {
            ClassPacing p = second.pacing();
            assertThat(p.locked())
                    .containsExactly(java.util.Map.entry("lesson-4", "after the break"));
            assertThat(p.roomQuiz()).contains(quiz);
            assertThat(p.lastRoomQuiz()).contains(quiz);
            assertThat(p.invitation())
                    .hasValueSatisfying(i -> assertThat(i.unit()).isEqualTo("check"));
            p.endRoomQuiz();
        }
        try (ClassroomRecorder third = open(problems)) {
            assertThat(third.pacing().roomQuiz()).isEmpty();
            assertThat(third.pacing().lastRoomQuiz()).contains(quiz);
        }
        assertThat(problems.toString()).isEmpty();
    }

    @Test
    void aDamagedPacingFileIsReportedAndTheClassStartsWithNothingLocked() throws Exception {
        Files.writeString(
                classRoot.resolve(PacingFile.FILE_NAME), "{\"schemaVersion\":1,\"locked\":");
        StringWriter problems = new StringWriter();
        try (ClassroomRecorder recorder = open(problems)) {
            assertThat(recorder.pacing().locked()).isEmpty();
            recorder.pacing().lock("x", "why");
        }
        assertThat(problems.toString()).contains("pacing.json cannot be read");
        assertThat(Files.readString(classRoot.resolve(PacingFile.FILE_NAME))).contains("\"x\"");
    }

    private ClassroomRecorder open(StringWriter problems) throws Exception {
        return ClassroomRecorder.open(
                classRoot, Clock.systemUTC(), new PrintWriter(problems, true), null);
    }
}
