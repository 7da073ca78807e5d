package org.hygiene.core.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CommandWordTest {
    private static String word(String... args) {
        return CommandWord.of(args);
    }

    @Test
    void theFirstWordAfterGlobalOptionsIsTheCommand() {
        assertThat(word("render", "x.md")).isEqualTo("render");
        assertThat(word("--plain", "--debug", "hunt", "--logs", "d")).isEqualTo("hunt");
        assertThat(word("--content", "dir", "--learner", "render", "lessons")).isEqualTo("lessons");
        assertThat(word("--data-dir=d", "--theme=mono", "quiz")).isEqualTo("quiz");
    }

    @Test
    void noWordMeansTheCourseOrTheVersion() {
        assertThat(word()).isEmpty();
        assertThat(word("--plain")).isEmpty();
        assertThat(word("--version")).isEmpty();
        assertThat(word("-V", "--content", "dir")).isEmpty();
        // A value missing at the end: picocli reports it (through the whole tree).
        assertThat(word("--content")).isEmpty();
    }

    @Test
    void helpOtherOptionsAndArgumentFilesNeedTheWholeTree() {
        assertThat(word("--help")).isNull();
        assertThat(word("-h", "render")).isNull();
        assertThat(word("--frobnicate", "render")).isNull();
        assertThat(word("--plain=true")).isNull();
        assertThat(word("@args.txt")).isNull();
    }
}
