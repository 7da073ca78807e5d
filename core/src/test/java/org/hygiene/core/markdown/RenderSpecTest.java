package org.hygiene.core.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RenderSpecTest {
    static List<RenderSpec.Example> examples() {
        return RenderSpec.examples();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void everyExampleRendersAsTheSpecShows(RenderSpec.Example example) {
        List<org.jline.utils.AttributedString> lines =
                new TerminalMarkdown(example.options()).render(example.markdown());

        assertThat(RenderSpec.screen(lines)).isEqualTo(example.expected());
    }

    @Test
    void theSpecCoversEveryConstructAtFortyAndEightyColumns() {
        List<RenderSpec.Example> all = examples();

        assertThat(all).extracting(RenderSpec.Example::width).contains(40, 80);
        assertThat(all)
                .extracting(RenderSpec.Example::section)
                .contains(
                        "Alerts are drawn as callouts",
                        "Table cells wrap to fit",
                        "Footnotes become numbered notes",
                        "Task lists show check boxes",
                        "Indicators are never links",
                        "Raw HTML is shown as text");
        assertThat(all).hasSizeGreaterThan(100);
    }
}
