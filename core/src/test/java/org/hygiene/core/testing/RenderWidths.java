package org.hygiene.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hygiene.core.markdown.RenderOptions;
import org.hygiene.core.markdown.TerminalMarkdown;
import org.hygiene.core.markdown.Theme;
import org.jline.utils.AttributedString;

/** Check that Markdown renders within the width: at 20 to 120 columns, plain and styled. */
public final class RenderWidths {
    private RenderWidths() {}

    /** Fail, naming {@code name}, the width and the line, when a rendered line is too wide. */
    public static void assertFitsEveryWidth(String name, String markdown) {
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
