package org.hygiene.core.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.hygiene.core.app.LauncherIo;
import org.hygiene.core.spi.Plugins;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderCommandTest {
    @TempDir Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        LauncherIo io =
                new LauncherIo(
                        new ByteArrayInputStream(new byte[0]),
                        new PrintWriter(out),
                        new PrintWriter(err),
                        Map.of("HYGIENE_HOME", dir.resolve("home").toString()),
                        () -> {
                            try {
                                return new DumbTerminal(
                                        "test",
                                        "dumb",
                                        new ByteArrayInputStream(new byte[0]),
                                        new ByteArrayOutputStream(),
                                        StandardCharsets.UTF_8);
                            } catch (java.io.IOException e) {
                                throw new java.io.UncheckedIOException(e);
                            }
                        },
                        "Linux",
                        dir.toString(),
                        "tester");
        return Main.run(args, io, new Plugins(List.of()), Clock.systemUTC());
    }

    @Test
    void aPipedRenderIsPlainTextWithoutTheFrontMatter() throws Exception {
        Path file = dir.resolve("lesson.md");
        Files.writeString(
                file,
                """
                ---
                id: x
                title: A lesson
                ---
                # Heading

                Some **bold** text and \u001b[31mred\u001b[0m escapes.
                """);

        int status = run("render", file.toString(), "--width", "80");

        assertThat(status).isZero();
        assertThat(out.toString())
                .startsWith("# Heading\n\nSome bold text and ^[[31mred^[[0m escapes.\n")
                .doesNotContain("id: x")
                .doesNotContain("\u001b");
    }

    @Test
    void aFrontMatterNeverClosedIsReportedAndTheWholeFileStillShown() throws Exception {
        Path file =
                Files.writeString(
                        dir.resolve("open.md"),
                        "---\nid: x\ntitle: Never closed\n\n# Heading\n\nThe body.\n");

        int status = run("render", file.toString(), "--width", "80");

        assertThat(status).isEqualTo(1);
        assertThat(err.toString()).contains("open.md:1:1: front matter is not closed");
        assertThat(out.toString()).contains("title: Never closed").contains("The body.");
    }

    @Test
    void aFrontMatterProblemExitsOneAfterShowingTheBody() throws Exception {
        Path file =
                Files.writeString(dir.resolve("bad.md"), "---\nid: [x\ntitle: T\n---\n# Heading\n");

        int status = run("render", file.toString(), "--width", "80");

        assertThat(status).isEqualTo(1);
        assertThat(err.toString()).contains("bad.md:");
        assertThat(out.toString()).contains("Heading");
    }

    @Test
    void aFileOverTheSizeBoundIsRefusedBeforeItIsRead() throws Exception {
        Path file = Files.writeString(dir.resolve("table.md"), "| a | b |\n".repeat(120_000));

        assertThat(run("render", file.toString())).isEqualTo(1);
        assertThat(err.toString())
                .contains("cannot show")
                .contains("may be at most 1 MiB; split it into several files");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void aMissingFileIsAClearError() {
        int status = run("render", dir.resolve("nope.md").toString());

        assertThat(status).isEqualTo(1);
        assertThat(err.toString()).contains("no such file");
    }

    @Test
    void aWidthOutOfRangeIsRefused() throws Exception {
        Path file = Files.writeString(dir.resolve("a.md"), "text");

        assertThat(run("render", file.toString(), "--width", "5")).isEqualTo(1);
        assertThat(err.toString()).contains("--width must be between 20 and 1000");
    }

    @Test
    void invalidUtf8IsRenderedNotRejected() throws Exception {
        Path file = dir.resolve("bad.md");
        Files.write(file, new byte[] {'o', 'k', ' ', (byte) 0xff, ' ', 'e', 'n', 'd'});

        assertThat(run("render", "--plain", file.toString())).isZero();
        assertThat(out.toString()).isEqualTo("ok \uFFFD end\n");
    }
}
