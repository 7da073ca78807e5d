package org.hygiene.core.markdown;

import org.jline.utils.AttributedStyle;

/**
 * The styles of every Markdown construct and code token for one theme. Kept apart from {@link
 * Theme} so that the theme stays a small, shared record. In plain mode every style is {@code
 * DEFAULT}: the meaning is carried by text markers instead.
 */
record MarkdownStyles(
        AttributedStyle h1,
        AttributedStyle h2,
        AttributedStyle h3,
        AttributedStyle h4,
        AttributedStyle h5,
        AttributedStyle h6,
        AttributedStyle emphasis,
        AttributedStyle strong,
        AttributedStyle strike,
        AttributedStyle code,
        AttributedStyle link,
        AttributedStyle url,
        AttributedStyle ioc,
        AttributedStyle faint,
        AttributedStyle quote,
        AttributedStyle html,
        AttributedStyle tableBorder,
        AttributedStyle tableHeader,
        AttributedStyle note,
        AttributedStyle tip,
        AttributedStyle important,
        AttributedStyle warning,
        AttributedStyle caution,
        AttributedStyle keyword,
        AttributedStyle string,
        AttributedStyle number,
        AttributedStyle comment,
        AttributedStyle function,
        AttributedStyle variable,
        AttributedStyle attribute,
        AttributedStyle punctuation) {

    private static final AttributedStyle D = AttributedStyle.DEFAULT;
    private static final int BRIGHT = AttributedStyle.BRIGHT;

    static MarkdownStyles of(Theme theme, boolean plain) {
        if (plain) {
            return uniform(D);
        }
        return switch (theme.name()) {
            case "light" -> light(theme);
            case "mono" -> mono(theme);
            default -> dark(theme);
        };
    }

    private static MarkdownStyles uniform(AttributedStyle s) {
        return new MarkdownStyles(
                s, s, s, s, s, s, s, s, s, s, s, s, s, s, s, s, s, s, s, s, s, s, s, s, s, s, s, s,
                s, s, s);
    }

    private static AttributedStyle fg(int colour) {
        return D.foreground(colour);
    }

    private static MarkdownStyles dark(Theme t) {
        return new MarkdownStyles(
                t.heading(),
                t.subheading(),
                AttributedStyle.BOLD.foreground(AttributedStyle.GREEN + BRIGHT),
                AttributedStyle.BOLD,
                AttributedStyle.BOLD.italic(),
                D.italic().faint(),
                t.emphasis(),
                t.strong(),
                D.crossedOut(),
                t.code(),
                t.link(),
                D.faint(),
                fg(AttributedStyle.RED + BRIGHT),
                D.faint(),
                D.italic(),
                D.foreground(AttributedStyle.MAGENTA),
                D.faint(),
                AttributedStyle.BOLD,
                fg(AttributedStyle.BLUE + BRIGHT),
                fg(AttributedStyle.GREEN + BRIGHT),
                fg(AttributedStyle.MAGENTA + BRIGHT),
                fg(AttributedStyle.YELLOW + BRIGHT),
                fg(AttributedStyle.RED + BRIGHT),
                fg(AttributedStyle.MAGENTA + BRIGHT),
                fg(AttributedStyle.GREEN),
                fg(AttributedStyle.CYAN + BRIGHT),
                D.faint().italic(),
                fg(AttributedStyle.YELLOW + BRIGHT),
                fg(AttributedStyle.CYAN),
                fg(AttributedStyle.BLUE + BRIGHT),
                D.faint());
    }

    private static MarkdownStyles light(Theme t) {
        return new MarkdownStyles(
                t.heading(),
                t.subheading(),
                AttributedStyle.BOLD.foreground(AttributedStyle.CYAN),
                AttributedStyle.BOLD,
                AttributedStyle.BOLD.italic(),
                D.italic(),
                t.emphasis(),
                t.strong(),
                D.crossedOut(),
                t.code(),
                t.link(),
                fg(AttributedStyle.BLACK + BRIGHT),
                fg(AttributedStyle.RED),
                fg(AttributedStyle.BLACK + BRIGHT),
                D.italic(),
                fg(AttributedStyle.MAGENTA),
                fg(AttributedStyle.BLACK + BRIGHT),
                AttributedStyle.BOLD,
                fg(AttributedStyle.BLUE),
                fg(AttributedStyle.GREEN),
                fg(AttributedStyle.MAGENTA),
                fg(AttributedStyle.YELLOW),
                fg(AttributedStyle.RED),
                fg(AttributedStyle.MAGENTA),
                fg(AttributedStyle.GREEN),
                fg(AttributedStyle.BLUE),
                fg(AttributedStyle.BLACK + BRIGHT).italic(),
                fg(AttributedStyle.BLUE).bold(),
                fg(AttributedStyle.CYAN),
                fg(AttributedStyle.RED),
                fg(AttributedStyle.BLACK + BRIGHT));
    }

    private static MarkdownStyles mono(Theme t) {
        AttributedStyle b = AttributedStyle.BOLD;
        return new MarkdownStyles(
                b.underline(),
                b,
                b,
                b,
                b.italic(),
                D.italic(),
                D.italic(),
                b,
                D.crossedOut(),
                D,
                D.underline(),
                D,
                D,
                D,
                D.italic(),
                D,
                D,
                b,
                b,
                b,
                b,
                b,
                b,
                b,
                D,
                D,
                D.italic(),
                D,
                D,
                D,
                D);
    }

    /** The style of a heading of the given level. */
    AttributedStyle heading(int level) {
        return switch (level) {
            case 1 -> h1;
            case 2 -> h2;
            case 3 -> h3;
            case 4 -> h4;
            case 5 -> h5;
            default -> h6;
        };
    }
}
