package org.hygiene.quiz;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.hygiene.core.app.LauncherIo;
import org.hygiene.core.cli.Main;
import org.hygiene.core.spi.Plugins;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;

/** A course folder with one quiz, and the launcher run over memory streams. */
public final class TestCourse {
    public final Path root;
    public final Path home;

    public TestCourse(Path dir, String quizFile, String quiz) {
        try {
            root = dir.resolve("course");
            home = dir.resolve("home");
            Files.createDirectories(root.resolve("quizzes"));
            Files.writeString(
                    root.resolve("course.md"),
                    "# Test course\n\n# Part\n\n- [Quiz](quizzes/" + quizFile + ")\n");
            Files.writeString(root.resolve("quizzes").resolve(quizFile), quiz);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What one launcher run printed and returned. */
    public record Run(int status, String out, String err) {}

    public Run run(String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        LauncherIo io =
                new LauncherIo(
                        new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                        new PrintWriter(out, true),
                        new PrintWriter(err, true),
                        Map.of("HYGIENE_HOME", home.toString(), "HYGIENE_LEARNER", "ada"),
                        TestCourse::dumb,
                        "Linux",
                        home.toString(),
                        "ada");
        String[] all = new String[args.length + 2];
        all[0] = "--content";
        all[1] = root.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        int status = Main.run(all, io, new Plugins(List.of(new QuizPlugin())), fixedClock());
        return new Run(status, out.toString(), err.toString());
    }

    static Clock fixedClock() {
        return Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"), ZoneOffset.UTC);
    }

    static Terminal dumb() {
        try {
            InputStream in = new ByteArrayInputStream(new byte[0]);
            OutputStream out = new ByteArrayOutputStream();
            return new DumbTerminal("test", "dumb", in, out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
