package org.hygiene.content.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.hygiene.core.testing.TestIo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 13, item 1: a hostile course, scenario and quiz (escape payloads in every field, see
 * src/test/resources/hostile) run through every command; nothing but our own output reaches the
 * terminal: no control character, escape sequence, C1 control, bidi or zero-width character, and no
 * Java stack trace.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class HostileCorpusTest {
    /** OSC title + BEL, clear screen, OSC 52 clipboard, C1 CSI, RLO, ALM, LS, ZWSP, LRI. */
    static final String PAYLOAD =
            "\u001b]0;PWNED\u0007\u001b[2J\u001b]52;c;cGF5bG9hZA==\u0007\u009b31m\u202eevil"
                    + "\u061c\u2028\u200b\u2066";

    private static final Pattern JAVA_TRACE =
            Pattern.compile("\\tat [a-z]|\\b[A-Z]\\w*(Exception|Error)\\b|\\bjava\\.[a-z]+\\.");

    @TempDir static Path home;
    @TempDir static Path course;
    @TempDir static Path broken;

    @BeforeEach
    void copyTheCorpus() throws IOException, URISyntaxException {
        if (Files.exists(course.resolve("course.md"))) {
            return;
        }
        copy("/hostile/course.md", course);
        copy("/hostile-broken/course.md", broken);
        Files.writeString(
                course.resolve("progress.json"),
                "{\"schema\": 1, \"learner\": \""
                        + PAYLOAD
                        + "\", \"units\": {\""
                        + PAYLOAD
                        + "\": 5}}");
        Files.writeString(course.resolve("broken.json"), "{\"" + PAYLOAD + "\": [");
        archives(course.resolve("samples/hostile"));
    }

    /**
     * Archives whose names (on disk and inside) carry the payload: a log inside a zip, a file no
     * format reads, and a broken zip, all named by {@code hunt} and {@code check} (issue 13, 7).
     */
    private static void archives(Path scenario) throws IOException {
        Path proxy = scenario.resolve("Exchange/Logging/HttpProxy/Ecp/HttpProxy_2021030306-1.LOG");
        try (java.util.zip.ZipOutputStream zip =
                new java.util.zip.ZipOutputStream(
                        Files.newOutputStream(scenario.resolve("collected.zip")))) {
            zip.putNextEntry(
                    new java.util.zip.ZipEntry(
                            "Exchange/Logging/HttpProxy/Ecp/" + PAYLOAD + ".LOG"));
            zip.write(Files.readAllBytes(proxy));
            zip.putNextEntry(new java.util.zip.ZipEntry(PAYLOAD + ".txt"));
            zip.write(PAYLOAD.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        Files.writeString(scenario.resolve(PAYLOAD + ".zip"), "PK\u0003\u0004" + PAYLOAD);
    }

    /** Copy the folder of {@code resource} to {@code to}, putting the payload in. */
    private void copy(String resource, Path to) throws IOException, URISyntaxException {
        Path from = Path.of(getClass().getResource(resource).toURI()).getParent();
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.writeString(target, Files.readString(f).replace("@P@", PAYLOAD));
                }
            }
        }
    }

    static List<Arguments> commands() {
        String dir = "@DIR@";
        String logs = dir + "/samples/hostile";
        List<String[]> all = new ArrayList<>();
        all.add(new String[] {"validate", dir});
        all.add(new String[] {"validate", "@BROKEN@"});
        all.add(new String[] {"--content", "@BROKEN@", "lessons"});
        all.add(new String[] {"--content", "@BROKEN@", "quiz", "export", "x"});
        all.add(new String[] {"--content", dir, "lessons"});
        all.add(new String[] {"render", dir + "/lessons/01-hostile.md"});
        all.add(new String[] {"render", dir + "/quizzes/01-hostile-quiz.md"});
        all.add(new String[] {"render", dir + "/" + PAYLOAD + ".md"});
        for (String format : List.of("text", "csv", "json")) {
            all.add(
                    new String[] {
                        "check", "--logs", logs, "--progress", "never", "--format", format
                    });
        }
        for (String format : List.of("table", "csv", "json")) {
            all.add(
                    new String[] {
                        "hunt",
                        "--logs",
                        logs,
                        "--format",
                        format,
                        "-q",
                        "union W3CIISLog, HttpProxy | take 5"
                    });
        }
        all.add(new String[] {"hunt", "--logs", logs, "-q", "W3CIISLog | where " + PAYLOAD});
        all.add(new String[] {"hunt", "--logs", logs, "-q", "W3CIISLog | project " + PAYLOAD});
        all.add(new String[] {"hunt", "--logs", logs, "-q", "W3C" + PAYLOAD});
        all.add(
                new String[] {
                    "--content", dir, "quiz", "export", "hostile-quiz", "--format", "gift"
                });
        all.add(new String[] {"--content", dir, "quiz", "export", PAYLOAD});
        all.add(new String[] {"progress", "--import", dir + "/progress.json"});
        all.add(new String[] {"progress", "--import", dir + "/broken.json"});
        all.add(new String[] {"progress", "--import", dir + "/" + PAYLOAD});
        all.add(new String[] {"--" + PAYLOAD});
        all.add(new String[] {PAYLOAD});
        all.add(new String[] {"hunt", "--scenario", PAYLOAD});
        all.add(new String[] {"check", "--logs", dir + "/" + PAYLOAD});
        all.add(new String[] {"--data-dir", dir + "/" + PAYLOAD + "/\u0000", "lessons"});
        return all.stream().map(a -> Arguments.of((Object) a)).toList();
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("commands")
    void noControlSequenceButOursAndNoTraceReachTheTerminal(String[] template) {
        String[] args = new String[template.length];
        for (int i = 0; i < args.length; i++) {
            args[i] =
                    template[i]
                            .replace("@DIR@", course.toString())
                            .replace("@BROKEN@", broken.toString());
        }
        TestIo io = new TestIo(home);
        io.run(args);
        String shown = io.out() + io.err();
        assertThat(firstUnsafe(shown)).as(shown).isEqualTo(-1);
        assertThat(JAVA_TRACE.matcher(shown).find()).as(shown).isFalse();
    }

    @org.junit.jupiter.api.Test
    void standardOutputIsCleanedEvenRedirectedWhileANamedFileGetsTheExactData(
            @TempDir Path quizCourse) throws Exception {
        Files.writeString(quizCourse.resolve("course.md"), "# Q\n\n- [Quiz](quizzes/esc.md)\n");
        Files.createDirectories(quizCourse.resolve("quizzes"));
        Files.writeString(
                quizCourse.resolve("quizzes/esc.md"),
                "---\nid: esc\ntitle: Esc\n---\n\n# Which \u001b[31mred\u001b[0m CVE?\n\n"
                        + "1. [x] CVE-2021-26855\n1. [ ] CVE-2021-26857\n");
        Path gift = quizCourse.resolve("exact.gift");
        TestIo toFile = new TestIo(home);
        int status =
                toFile.run(
                        "--content",
                        quizCourse.toString(),
                        "quiz",
                        "export",
                        "esc",
                        "--format",
                        "gift",
                        "-o",
                        gift.toString());
        TestIo toStdout = new TestIo(home);
        toStdout.run(
                "--content", quizCourse.toString(), "quiz", "export", "esc", "--format", "gift");

        assertThat(status).as(toFile.err()).isZero();
        assertThat(Files.readString(gift)).contains("Which \u001b[31mred");
        assertThat(toStdout.out()).contains("Which ^[[31mred").doesNotContain("\u001b");
    }

    /** The index of the first character a terminal would act on rather than show, or -1. */
    static int firstUnsafe(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n'
                    || c == '\t'
                    || (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n')) {
                continue;
            }
            int type = Character.getType(c);
            if (c < 0x20
                    || (c >= 0x7f && c <= 0x9f)
                    || type == Character.FORMAT
                    || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR) {
                return i;
            }
        }
        return -1;
    }
}
