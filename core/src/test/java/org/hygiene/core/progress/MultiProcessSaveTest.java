package org.hygiene.core.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Several JVMs saving one learner's progress at once: every step of every one is kept. */
class MultiProcessSaveTest {
    private static final List<String> WORKERS = List.of("a", "b", "c");

    @TempDir Path dir;

    @Test
    void threeProcessesSavingAtOnceLoseNoStep() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        int steps = 40;
        List<Process> processes = new ArrayList<>();
        for (String worker : WORKERS) {
            processes.add(
                    new ProcessBuilder(
                                    java,
                                    "-cp",
                                    System.getProperty("java.class.path"),
                                    StepLoop.class.getName(),
                                    dir.toString(),
                                    worker,
                                    String.valueOf(steps))
                            .redirectErrorStream(true)
                            .redirectOutput(dir.resolve(worker + ".log").toFile())
                            .start());
        }
        for (int i = 0; i < processes.size(); i++) {
            Process p = processes.get(i);
            String worker = WORKERS.get(i);
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as(() -> log(worker)).isZero();
        }

        ProgressStore.Loaded loaded = new ProgressStore(dir).load("alice");
        assertThat(loaded.notices()).isEmpty();
        UnitProgress lesson = loaded.progress().unit("lesson");
        assertThat(lesson.exercisesFinished()).isEqualTo(3 * steps);
        assertThat(lesson.item("shared").attempts()).isEqualTo(3 * steps);
        for (String worker : WORKERS) {
            assertThat(loaded.progress().state(worker)).isEqualTo(UnitState.DONE);
        }
    }

    private String log(String worker) {
        try {
            return Files.readString(dir.resolve(worker + ".log"));
        } catch (IOException e) {
            return e.toString();
        }
    }
}
