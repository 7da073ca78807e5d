package org.hygiene.core.progress;

import java.nio.file.Path;

/**
 * Save progress in a loop until killed; started as a separate JVM by {@link KillDuringSaveTest}.
 */
public final class SaveLoop {
    private SaveLoop() {}

    public static void main(String[] args) throws Exception {
        ProgressStore store = new ProgressStore(Path.of(args[0]));
        Progress p = new Progress("alice");
        for (int i = 0; ; i++) {
            UnitProgress u = p.unit("lesson-" + (i % 50));
            u.position(i);
            p.current("lesson-" + "x".repeat(i % 4000));
            store.save(p);
            if (i == 5) {
                System.out.println("saving");
                System.out.flush();
            }
        }
    }
}
