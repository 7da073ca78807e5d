package org.hygiene.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hygiene.core.testing.ScreenDriver;
import org.hygiene.core.testing.TestIo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An exercise shell opened from the course map takes the lesson's own multi-line example, pasted,
 * and pages a result longer than the screen so every row can be reached.
 */
class ExerciseShellFromMapTest {
    private static final String FORTY_ROWS =
            "HttpProxy | project DateTime, ClientIpAddress, UrlStem | take 40";

    @TempDir Path data;

    @Test
    void aPastedLessonExampleRunsAndAFortyRowResultScrollsToItsLastRow() throws Exception {
        String example = firstKqlBlock(Path.of("course/lessons/03-hunting-the-ssrf.md"));
        assertThat(example).contains("\n| ");
        List<String> rows = csvRows(FORTY_ROWS);
        assertThat(rows).hasSize(41);
        String lastRow = rows.get(40).substring(0, rows.get(40).indexOf(','));

        TestIo io = new TestIo(data);
        try (ScreenDriver screen = new ScreenDriver(80, 24)) {
            io.terminal(screen::terminal);
            screen.start(() -> io.run()).waitFor("Enter open");
            // The fifth unit of the map is the first hands-on lesson.
            screen.type("jjjj\r").waitFor("Hunting the SSRF").waitFor("% ");
            screen.type("1").waitFor("hunt> ");
            screen.type("\033[200~" + example.replace("\n", "\r") + "\033[201~").waitFor("> ");
            screen.type("\r").waitFor(" rows in ");
            assertThat(screen.output()).doesNotContain("expected '|'");

            screen.type(FORTY_ROWS + "\r").waitFor("h keys  q back");
            assertThat(screen.output()).doesNotContain(lastRow);
            screen.type("G").waitFor("END");
            screen.type("q").waitFor("(paged: the part last seen is above");
            // The rows last seen, the end of the result, stay on screen above the prompt.
            assertThat(screen.output()).contains(lastRow);
            screen.type("back\r").waitFor("% ");
            screen.type("q").waitFor("Enter open");
            screen.type("q");
            assertThat(screen.exitStatus()).isZero();
        }
    }

    private List<String> csvRows(String query) {
        TestIo io = new TestIo(data);
        int status = io.run("hunt", "--scenario", "harbourline", "-q", query, "--format", "csv");
        assertThat(status).as(io.err()).isZero();
        return io.out().lines().toList();
    }

    private static String firstKqlBlock(Path lesson) throws IOException {
        String text = Files.readString(lesson, StandardCharsets.UTF_8);
        int start = text.indexOf("```kql\n") + "```kql\n".length();
        return text.substring(start, text.indexOf("```", start)).strip();
    }
}
