package org.hygiene.core.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.jline.utils.AttributedString;

class RendererFuzzTest {
    /** Whatever the Markdown, rendering never throws and never exceeds the width. */
    @FuzzTest(maxDuration = "20s")
    void rendererNeverThrows(FuzzedDataProvider data) {
        int width = data.consumeInt(1, 200);
        boolean plain = data.consumeBoolean();
        String markdown = data.consumeRemainingAsString();
        RenderOptions options =
                plain
                        ? RenderOptions.plain(width)
                        : RenderOptions.styled(Theme.DARK, width).withHyperlinks(true);

        Rendered r = new TerminalMarkdown(options).renderDocument(markdown);

        for (AttributedString line : r.lines()) {
            assertThat(line.columnLength()).isLessThanOrEqualTo(options.width());
        }
    }
}
