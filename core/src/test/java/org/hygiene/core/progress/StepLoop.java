package org.hygiene.core.progress;

import java.nio.file.Path;
import java.time.Instant;

/**
 * One copy of Hygiene making steps and saving after each; started as a separate JVM (several at
 * once) by {@link MultiProcessSaveTest}. Arguments: data folder, worker name, number of steps.
 */
public final class StepLoop {
    private StepLoop() {}

    public static void main(String[] args) throws Exception {
        ProgressStore store = new ProgressStore(Path.of(args[0]));
        Progress p = store.load("alice").progress();
        int steps = Integer.parseInt(args[2]);
        for (int i = 0; i < steps; i++) {
            ItemProgress item = p.unit("lesson").item(args[1] + "-" + i);
            item.worth(1);
            item.countAttempt();
            item.solve(1, Instant.now());
            p.unit("lesson").item("shared").countAttempt();
            p.unit(args[1]).complete(Instant.now());
            store.save(p);
        }
    }
}
