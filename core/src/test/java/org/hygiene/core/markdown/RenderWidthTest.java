package org.hygiene.core.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.hygiene.core.testing.RenderWidths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RenderWidthTest {
    // The bundled lessons and the docs' showcase are checked in the content module
    // (BundledLessonsRenderWidthTest), so this module tests alone.
    static Stream<Arguments> documents() {
        List<Arguments> docs = new ArrayList<>();
        for (RenderSpec.Example e : RenderSpec.examples()) {
            docs.add(Arguments.of("render-spec line " + e.line(), e.markdown()));
        }
        return docs.stream();
    }

    @Test
    void theRenderSpecExamplesAreFound() {
        assertThat(documents().count()).isGreaterThan(20);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void noRenderedLineIsWiderThanTheWidth(String name, String markdown) {
        RenderWidths.assertFitsEveryWidth(name, markdown);
    }
}
