package org.hygiene.core.markdown;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Read {@code render-spec.md}: examples of Markdown in, screen text out, per mode and width. */
final class RenderSpec {
    private static final String FENCE = "`".repeat(32);

    /** One example: its section, mode ({@code plain} or {@code styled}), width, input, output. */
    record Example(
            String section, String mode, int width, String markdown, String expected, int line) {
        RenderOptions options() {
            return mode.equals("plain")
                    ? RenderOptions.plain(width)
                    : RenderOptions.styled(Theme.DARK, width);
        }

        @Override
        public String toString() {
            return section + " (" + mode + " " + width + ", line " + line + ")";
        }
    }

    private RenderSpec() {}

    static List<Example> examples() {
        String text;
        try (InputStream in = RenderSpec.class.getResourceAsStream("/render-spec.md")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        List<Example> out = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        String section = "";
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith("## ")) {
                section = lines[i].substring(3);
            }
            if (!lines[i].startsWith(FENCE + " example ")) {
                continue;
            }
            String[] header = lines[i].substring(FENCE.length() + 9).trim().split(" ");
            int start = i;
            StringBuilder md = new StringBuilder();
            i++;
            while (!lines[i].equals(".")) {
                md.append(lines[i]).append('\n');
                i++;
            }
            StringBuilder expected = new StringBuilder();
            i++;
            while (!lines[i].equals(FENCE)) {
                expected.append(lines[i]).append('\n');
                i++;
            }
            String markdown = md.toString().replace('␛', '\u001b').replace('␇', '\u0007');
            out.add(
                    new Example(
                            section,
                            header[0],
                            Integer.parseInt(header[1]),
                            markdown,
                            expected.toString(),
                            start + 1));
        }
        return out;
    }

    /** The screen text of a rendering, as the spec writes it. */
    static String screen(List<org.jline.utils.AttributedString> lines) {
        StringBuilder b = new StringBuilder();
        for (var l : lines) {
            b.append(l.toString()).append('\n');
        }
        return b.toString();
    }
}
