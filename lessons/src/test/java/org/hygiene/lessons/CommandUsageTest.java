package org.hygiene.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.hygiene.core.testing.TestIo;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The help of the lesson commands whose picocli model is built in code ({@code hunt}, {@code
 * check}) reads exactly as it did when it was read from annotations: the golden files under {@code
 * usage/} are that older output, changed since only where the help itself changed (check's {@code
 * --threads} range).
 */
class CommandUsageTest {
    @TempDir Path home;

    @ParameterizedTest
    @ValueSource(strings = {"hunt", "check"})
    void helpReadsAsItDidFromAnnotations(String command) throws IOException {
        TestIo io = new TestIo(home);

        assertThat(io.run(command, "--help")).isZero();

        assertThat(io.out()).isEqualTo(golden(command + "-help.txt"));
    }

    private static String golden(String name) throws IOException {
        try (InputStream in = CommandUsageTest.class.getResourceAsStream("/usage/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
