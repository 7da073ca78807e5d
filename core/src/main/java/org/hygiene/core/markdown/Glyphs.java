package org.hygiene.core.markdown;

/**
 * The characters the renderer draws with. The light box-drawing characters (U+2500, U+2502,
 * U+250C...) are avoided on purpose: JLine's {@code toAnsi} turns them into ASCII or into the
 * terminal's alternate character set, while heavy and other lines pass through unchanged.
 *
 * <p>The characters the renderer draws with: Unicode for styled output, ASCII for plain output, so
 * that plain text reads well in any font and to a screen reader.
 */
record Glyphs(
        String[] bullets,
        String quoteBar,
        String rule,
        String checked,
        String unchecked,
        String continuedAt,
        String continuation,
        String codeBar,
        String tableH,
        String tableV,
        String[] tableCorners,
        String headerRule,
        String rowRule,
        String ellipsis) {

    static final Glyphs UNICODE =
            new Glyphs(
                    new String[] {"•", "◦", "▪", "‣"},
                    "┃ ",
                    "━",
                    "☑",
                    "☐",
                    "↩",
                    "↪ ",
                    "▏ ",
                    "━",
                    "┃",
                    // top left, top mid, top right, mid left, mid mid, mid right, bottom...
                    new String[] {"┏", "┳", "┓", "┣", "╋", "┫", "┗", "┻", "┛"},
                    "━",
                    "╌",
                    "…");

    static final Glyphs ASCII =
            new Glyphs(
                    new String[] {"*", "-", "+", "*"},
                    "> ",
                    "-",
                    "[x]",
                    "[ ]",
                    "\\",
                    "  ",
                    "    ",
                    "-",
                    "|",
                    new String[] {"+", "+", "+", "+", "+", "+", "+", "+", "+"},
                    "=",
                    "-",
                    "...");

    String bullet(int depth) {
        return bullets[Math.floorMod(depth, bullets.length)];
    }
}
