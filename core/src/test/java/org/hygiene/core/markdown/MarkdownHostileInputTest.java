package org.hygiene.core.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jline.utils.AttributedString;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

// A guard against hangs (catastrophic backtracking, runaway loops), not a speed goal: generous,
// because shared build machines are slow. commonmark-java's PathologicalTest does the same.
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class MarkdownHostileInputTest {
    private static final TerminalMarkdown STYLED = new TerminalMarkdown(Theme.DARK, 80);
    private static final TerminalMarkdown PLAIN = TerminalMarkdown.plain(80);

    private static void assertNoControlCharacters(List<AttributedString> lines) {
        for (AttributedString line : lines) {
            assertThat(line.toString().chars())
                    .as(line.toString())
                    .noneMatch(c -> c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0));
        }
    }

    @Test
    void escapeSequencesInEveryKindOfTextAreNeutralised() {
        String esc = "\u001b[2J\u001b]0;pwned\u0007\u009b31m\u202e";
        String md =
                """
                # Heading %1$s

                Text %1$s *em %1$s* `code %1$s` [link %1$s](https://x.example/%1$s "t%1$s")

                ```powershell %1$s
                code %1$s
                ```

                | a %1$s | b |
                |---|---|
                | c %1$s | d |

                > [!NOTE]
                > alert %1$s

                ![alt %1$s](img%1$s.png)

                <div>%1$s</div>

                Note[^n]

                [^n]: foot %1$s
                """
                        .formatted(esc);

        for (TerminalMarkdown renderer :
                List.of(
                        STYLED,
                        PLAIN,
                        new TerminalMarkdown(
                                RenderOptions.styled(Theme.LIGHT, 40).withHyperlinks(true)))) {
            Rendered r = renderer.renderDocument(md);
            assertNoControlCharacters(r.lines());
            for (Rendered.LinkSpan l : r.links()) {
                assertThat(Hyperlinks.safeUrl(l.url()).chars())
                        .noneMatch(c -> c < 0x21 || c > 0x7e);
            }
        }
        String ansi =
                String.join(
                        "\n", STYLED.render(md).stream().map(AttributedString::toAnsi).toList());
        assertThat(ansi)
                .doesNotContain("\u001b[2J")
                .doesNotContain("\u001b]0;")
                .doesNotContain("\u0007");
    }

    @Test
    void plainOutputHasNoEscapeCodesAtAll() {
        String md =
                "# Title\n\n"
                        + "**bold** and `code` and [a](https://a.example)\n\n"
                        + "> [!WARNING]\n"
                        + "> careful\n";

        for (AttributedString line : PLAIN.render(md)) {
            assertThat(line.toAnsi()).doesNotContain("\u001b");
        }
    }

    @Test
    void tenThousandNestedQuotesRenderWithinTheWidth() {
        List<AttributedString> lines = STYLED.render(">".repeat(10_000) + " deep");

        assertThat(lines).isNotEmpty();
        assertThat(lines).allSatisfy(l -> assertThat(l.columnLength()).isLessThanOrEqualTo(80));
        assertThat(String.join("", lines.stream().map(AttributedString::toString).toList()))
                .contains("deep");
    }

    @Test
    void tenThousandNestedListsAndEmphasisDoNotOverflowTheStack() {
        StringBuilder lists = new StringBuilder();
        for (int i = 0; i < 10_000; i++) {
            lists.append("  ".repeat(Math.min(i, 200))).append("- item\n");
        }
        String emphasis = "*a **b ".repeat(10_000) + "c" + "** d*".repeat(10_000);
        String brackets = "[".repeat(10_000) + "x" + "](y)".repeat(10_000);

        assertThat(STYLED.render(lists.toString())).isNotEmpty();
        assertThat(STYLED.render(emphasis)).isNotEmpty();
        assertThat(PLAIN.render(brackets)).isNotEmpty();
        assertThat(STYLED.render("- ".repeat(10_000) + "x")).isNotEmpty();
    }

    @Test
    void aOneMegabyteLineIsWrappedWithoutLoss() {
        String word = "abcdefghij ";
        String line = word.repeat(100_000);

        List<AttributedString> lines = PLAIN.render(line);
        List<AttributedString> code = PLAIN.render("```\n" + "x".repeat(1_000_000) + "\n```");

        assertThat(lines.stream().mapToInt(l -> l.toString().replace(" ", "").length()).sum())
                .isEqualTo(1_000_000);
        assertThat(code.size()).isGreaterThan(1_000_000 / 80);
    }

    @Test
    void invalidUtf8IsShownAsReplacementCharacters() {
        byte[] bytes = {
            'o',
            'k',
            ' ',
            (byte) 0xff,
            (byte) 0xfe,
            (byte) 0xc3,
            ' ',
            (byte) 0xed,
            (byte) 0xa0,
            (byte) 0x80,
            'x'
        };
        String text = new String(bytes, StandardCharsets.UTF_8);

        List<AttributedString> lines = STYLED.render(text);

        assertThat(lines.get(0).toString()).startsWith("ok ").contains("\uFFFD").endsWith("x");
    }

    @Test
    void loneSurrogatesAndNullCharactersDoNotBreakTheLayout() {
        String md = "a\ud800b \u0000 c\udc00 " + "\ud83d\ude00".repeat(50);

        for (int w : new int[] {20, 40}) {
            assertThat(new TerminalMarkdown(Theme.DARK, w).render(md))
                    .allSatisfy(l -> assertThat(l.columnLength()).isLessThanOrEqualTo(w));
        }
    }
}
