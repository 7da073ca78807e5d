package org.hygiene.core.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A process killed with SIGKILL in the middle of saving never leaves unusable progress. */
class KillDuringSaveTest {
    @TempDir Path dir;

    @Test
    void progressSurvivesKillNineDuringSaves() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Random random = new Random(7);
        for (int round = 0; round < 3; round++) {
            Process p =
                    new ProcessBuilder(
                                    java,
                                    "-cp",
                                    System.getProperty("java.class.path"),
                                    SaveLoop.class.getName(),
                                    dir.toString())
                            .redirectErrorStream(true)
                            .start();
            try (BufferedReader out =
                    new BufferedReader(
                            new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                assertThat(out.readLine()).isEqualTo("saving");
                Thread.sleep(20 + random.nextInt(200));
                p.destroyForcibly();
                assertThat(p.waitFor(10, TimeUnit.SECONDS)).isTrue();
            }

            ProgressStore.Loaded loaded = new ProgressStore(dir).load("alice");

            assertThat(loaded.notices()).as("round %d", round).isEmpty();
            assertThat(loaded.progress().units()).isNotEmpty();
        }
    }
}
