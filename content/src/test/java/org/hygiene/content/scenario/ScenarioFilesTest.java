package org.hygiene.content.scenario;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed scenario is exactly what the generator writes. To regenerate it after changing the
 * generator, run this test with {@code -Dscenario.regenerate=true} (see docs/scenario.md).
 */
class ScenarioFilesTest {
    static final Path COMMITTED = Path.of("course/samples", Story.SCENARIO);
    static final long MAX_BYTES = 10L * 1024 * 1024;

    @Test
    void theCommittedScenarioIsTheGeneratorsOutputByteForByte(@TempDir Path temp)
            throws IOException {
        if (Boolean.getBoolean("scenario.regenerate")) {
            deleteTree(COMMITTED);
            ScenarioGenerator.generate(COMMITTED);
        }
        ScenarioGenerator.generate(temp);
        List<Path> expected = files(temp);
        assertEquals(
                expected.stream().map(temp::relativize).map(Path::toString).toList(),
                files(COMMITTED).stream().map(COMMITTED::relativize).map(Path::toString).toList(),
                "same files (regenerate with -Dscenario.regenerate=true)");
        for (Path file : expected) {
            Path committed = COMMITTED.resolve(temp.relativize(file).toString());
            assertArrayEquals(
                    java.nio.file.Files.readAllBytes(file),
                    java.nio.file.Files.readAllBytes(committed),
                    () -> "same bytes in " + committed);
        }
    }

    @Test
    void theScenarioStaysUnderTenMegabytes() throws IOException {
        long total = 0;
        for (Path file : files(COMMITTED)) {
            total += java.nio.file.Files.size(file);
        }
        assertTrue(total < MAX_BYTES, "scenario is " + total + " bytes");
    }

    static List<Path> files(Path root) throws IOException {
        try (Stream<Path> walk = java.nio.file.Files.walk(root)) {
            return walk.filter(java.nio.file.Files::isRegularFile).sorted().toList();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!java.nio.file.Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = java.nio.file.Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                java.nio.file.Files.delete(p);
            }
        }
    }
}
