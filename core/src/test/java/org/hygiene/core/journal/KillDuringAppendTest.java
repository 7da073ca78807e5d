package org.hygiene.core.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.hygiene.core.events.LearnerEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A server killed with SIGKILL while appending keeps every event it had recorded. */
class KillDuringAppendTest {
    @TempDir Path dir;

    @Test
    void everyRecordedEventSurvivesKillNineAndAppendingGoesOn() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path file = dir.resolve(ClassJournal.FILE_NAME);
        Random random = new Random(11);
        long recordedBefore = 0;
        for (int round = 0; round < 3; round++) {
            Process p =
                    new ProcessBuilder(
                                    java,
                                    "-cp",
                                    System.getProperty("java.class.path"),
                                    AppendLoop.class.getName(),
                                    file.toString())
                            .start();
            long acknowledged = 0;
            try (BufferedReader out =
                    new BufferedReader(
                            new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                int wanted = 5 + random.nextInt(60);
                for (int i = 0; i < wanted; i++) {
                    acknowledged = Long.parseLong(out.readLine());
                }
                p.destroyForcibly();
                assertThat(p.waitFor(10, TimeUnit.SECONDS)).isTrue();
            }

            JournalReader.Read read = JournalReader.read(file);

            assertThat(read.events().size())
                    .as("round %d", round)
                    .isGreaterThanOrEqualTo((int) (recordedBefore + acknowledged));
            assertThat(read.notices().size()).isLessThanOrEqualTo(round + 1);
            recordedBefore = read.events().size();
        }
        StringWriter problems = new StringWriter();
        try (ClassJournal journal = ClassJournal.open(file, new PrintWriter(problems))) {
            journal.record(LearnerEvent.joined().by("bob"));
        }
        JournalReader.Read after = JournalReader.read(file);
        assertThat(after.events().get(after.events().size() - 1).learner()).isEqualTo("bob");
        assertThat(problems.toString()).isEmpty();
    }
}
