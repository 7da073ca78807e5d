package org.hygiene.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.hygiene.core.course.FrontMatterParser;
import org.hygiene.core.testing.RenderWidths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bundled lesson, and the Markdown showcase in the docs, renders within the width at every
 * width and in every look (core's own RenderWidthTest covers its render spec).
 */
class BundledLessonsRenderWidthTest {
    private static final Path LESSONS = Path.of("course", "lessons");
    private static final Path SHOWCASE = Path.of("..", "docs", "examples", "showcase.md");

    static Stream<Path> documents() throws IOException {
        try (Stream<Path> files = Files.list(LESSONS)) {
            List<Path> lessons = files.filter(f -> f.toString().endsWith(".md")).sorted().toList();
            return Stream.concat(lessons.stream(), Stream.of(SHOWCASE));
        }
    }

    @Test
    void theBundledLessonsAreFound() throws IOException {
        assertThat(documents().count()).isGreaterThan(8);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void noRenderedLineIsWiderThanTheWidth(Path file) throws IOException {
        String markdown = FrontMatterParser.parse(file.toString(), Files.readString(file)).body();
        RenderWidths.assertFitsEveryWidth(file.toString(), markdown);
    }
}
