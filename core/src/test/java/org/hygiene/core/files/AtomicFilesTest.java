package org.hygiene.core.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir Path dir;

    @Test
    void writeReplacesTheFileAndLeavesNoTemporaryFileBehind() throws IOException {
        Path file = dir.resolve("out/results.csv");
        AtomicFiles.write(file, "old".getBytes(StandardCharsets.UTF_8));
        AtomicFiles.write(file, "new".getBytes(StandardCharsets.UTF_8));
        assertThat(file).hasContent("new");
        try (Stream<Path> files = Files.list(file.getParent())) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void aFailedWriteKeepsTheOldFileAndCleansUp() throws IOException {
        Path file = dir.resolve("results.csv");
        Files.writeString(file, "old");
        Path target = dir.resolve("a-folder");
        Files.createDirectories(target.resolve("not-empty"));
        assertThatThrownBy(() -> AtomicFiles.write(target, new byte[] {1}))
                .isInstanceOf(IOException.class);
        assertThat(file).hasContent("old");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactlyInAnyOrder(file, target);
        }
    }

    @Test
    void ownerOnlyWritesAFileNoOneElseCanReadAndReplacesAnOpenOne() throws IOException {
        Assumptions.assumeTrue(OwnerOnly.supported(dir), "POSIX permissions");
        Path file = dir.resolve("class/host.key");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "old");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        assertThat(OwnerOnly.isOpenToOthers(file)).isTrue();

        AtomicFiles.writeOwnerOnly(file, "secret".getBytes(StandardCharsets.UTF_8));

        assertThat(file).hasContent("secret");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        assertThat(OwnerOnly.isOpenToOthers(file)).isFalse();
        try (Stream<Path> files = Files.list(file.getParent())) {
            assertThat(files).containsExactly(file);
        }
    }
}
