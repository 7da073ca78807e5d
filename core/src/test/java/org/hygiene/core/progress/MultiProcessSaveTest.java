package org.hygiene.core.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Several JVMs saving one learner's progress at once: every step of every one is kept. */
class MultiProcessSaveTest {
    @TempDir Path dir;

    @Test
    void threeProcessesSavingAtOnceLoseNoStep() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        int steps = 40;
        List<Process> processes = new ArrayList<>();
        for (String worker : List.of("a", "b", "c")) {
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
                            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                            .start());
        }
        for (Process p : processes) {
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).isZero();
        }

        ProgressStore.Loaded loaded = new ProgressStore(dir).load("alice");
        assertThat(loaded.notices()).isEmpty();
        UnitProgress lesson = loaded.progress().unit("lesson");
        assertThat(lesson.exercisesFinished()).isEqualTo(3 * steps);
        assertThat(lesson.item("shared").attempts()).isEqualTo(3 * steps);
        for (String worker : List.of("a", "b", "c")) {
            assertThat(loaded.progress().state(worker)).isEqualTo(UnitState.DONE);
        }
    }
}
