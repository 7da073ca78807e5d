package org.hygiene.core.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jline.utils.AttributedString;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RenderWidthTest {
    private static final Path LESSONS = Path.of("../content/course/lessons");
    private static final Path SHOWCASE = Path.of("../docs/examples/showcase.md");

    static Stream<Arguments> documents() throws IOException {
        List<Arguments> docs = new ArrayList<>();
        try (Stream<Path> files = Files.list(LESSONS)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                docs.add(Arguments.of(p.getFileName().toString(), body(p)));
            }
        }
        docs.add(Arguments.of("showcase.md", body(SHOWCASE)));
        for (RenderSpec.Example e : RenderSpec.examples()) {
            docs.add(Arguments.of("render-spec line " + e.line(), e.markdown()));
        }
        return docs.stream();
    }

    private static String body(Path p) throws IOException {
        return org.hygiene.core.course.FrontMatterParser.parse(p.toString(), Files.readString(p))
                .body();
    }

    @Test
    void theBundledLessonsAreFound() throws IOException {
        assertThat(documents().count()).isGreaterThan(RenderSpec.examples().size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void noRenderedLineIsWiderThanTheWidth(String name, String markdown) {
        for (int width : new int[] {20, 40, 80, 120}) {
            for (RenderOptions options :
                    List.of(
                            RenderOptions.plain(width),
                            RenderOptions.styled(Theme.DARK, width),
                            RenderOptions.styled(Theme.MONO, width).withHyperlinks(true))) {
                for (AttributedString line : new TerminalMarkdown(options).render(markdown)) {
                    assertThat(line.columnLength())
                            .as(
                                    "%s at %d columns (plain=%s): %s",
                                    name, width, options.plain(), line)
                            .isLessThanOrEqualTo(width);
                }
            }
        }
    }
}
