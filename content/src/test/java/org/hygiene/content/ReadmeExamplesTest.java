package org.hygiene.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.hygiene.core.testing.TestIo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's scripted examples ({@code printf '...' | hygiene ...}) run verbatim on the bundled
 * course and do what the README says, so the README and the code cannot drift apart.
 */
class ReadmeExamplesTest {
    static final Path README = Path.of("..", "README.md");

    @TempDir Path data;

    /** A scripted example: what printf feeds in, and the hygiene arguments. */
    record Example(String text, String input, List<String> args) {}

    static List<Example> scriptedExamples() throws Exception {
        String readme = Files.readString(README);
        List<Example> out = new ArrayList<>();
        int at = 0;
        while ((at = readme.indexOf('`', at)) >= 0) {
            int end = readme.indexOf('`', at + 1);
            if (end < 0) {
                break;
            }
            String span = readme.substring(at + 1, end).replace("\\|", "|");
            at = end + 1;
            if (!span.startsWith("printf '") || !span.contains("' | hygiene ")) {
                continue;
            }
            int close = span.indexOf("' | hygiene ");
            String input = span.substring("printf '".length(), close).replace("\\n", "\n");
            String command = span.substring(close + "' | hygiene ".length());
            assertThat(command).as("no quoting in README example args").doesNotContain("'", "\"");
            out.add(new Example(span, input, Arrays.asList(command.split(" +"))));
        }
        return out;
    }

    @Test
    void theReadmeHasAScriptedQuizExample() throws Exception {
        assertThat(scriptedExamples()).isNotEmpty();
    }

    @Test
    void everyScriptedExampleGradesItsQuizAsTheReadmeSays() throws Exception {
        for (Example example : scriptedExamples()) {
            TestIo io =
                    new TestIo(Files.createTempDirectory(data, "example")).stdin(example.input());

            int status = io.run(example.args().toArray(String[]::new));

            assertThat(io.err()).as(example.text()).isEmpty();
            assertThat(status).as(example.text() + "\n" + io.out()).isZero();
            assertThat(io.out())
                    .as(example.text())
                    .contains("Score ")
                    .doesNotContain("Input ended", "Please answer with");
        }
    }
}
