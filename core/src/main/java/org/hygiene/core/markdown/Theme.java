package org.hygiene.core.markdown;

import java.util.Locale;
import org.jline.utils.AttributedStyle;

/** The colours and styles of rendered text; {@code MONO} uses no colour at all. */
public record Theme(
        String name,
        AttributedStyle heading,
        AttributedStyle subheading,
        AttributedStyle emphasis,
        AttributedStyle strong,
        AttributedStyle code,
        AttributedStyle link,
        AttributedStyle quote,
        AttributedStyle faint,
        AttributedStyle selected,
        AttributedStyle status) {

    public static final Theme DARK =
            new Theme(
                    "dark",
                    AttributedStyle.BOLD.foreground(AttributedStyle.CYAN),
                    AttributedStyle.BOLD.foreground(AttributedStyle.YELLOW),
                    AttributedStyle.DEFAULT.italic(),
                    AttributedStyle.BOLD,
                    AttributedStyle.DEFAULT.foreground(AttributedStyle.GREEN),
                    AttributedStyle.DEFAULT
                            .foreground(AttributedStyle.BLUE + AttributedStyle.BRIGHT)
                            .underline(),
                    AttributedStyle.DEFAULT.foreground(AttributedStyle.WHITE).faint(),
                    AttributedStyle.DEFAULT.faint(),
                    AttributedStyle.DEFAULT.inverse(),
                    AttributedStyle.DEFAULT.inverse());

    public static final Theme LIGHT =
            new Theme(
                    "light",
                    AttributedStyle.BOLD.foreground(AttributedStyle.BLUE),
                    AttributedStyle.BOLD.foreground(AttributedStyle.MAGENTA),
                    AttributedStyle.DEFAULT.italic(),
                    AttributedStyle.BOLD,
                    AttributedStyle.DEFAULT.foreground(AttributedStyle.RED),
                    AttributedStyle.DEFAULT.foreground(AttributedStyle.BLUE).underline(),
                    AttributedStyle.DEFAULT.foreground(
                            AttributedStyle.BLACK + AttributedStyle.BRIGHT),
                    AttributedStyle.DEFAULT.faint(),
                    AttributedStyle.DEFAULT.inverse(),
                    AttributedStyle.DEFAULT.inverse());

    public static final Theme MONO =
            new Theme(
                    "mono",
                    AttributedStyle.BOLD,
                    AttributedStyle.BOLD,
                    AttributedStyle.DEFAULT.italic(),
                    AttributedStyle.BOLD,
                    AttributedStyle.DEFAULT,
                    AttributedStyle.DEFAULT.underline(),
                    AttributedStyle.DEFAULT,
                    AttributedStyle.DEFAULT,
                    AttributedStyle.DEFAULT.inverse(),
                    AttributedStyle.DEFAULT.inverse());

    /** Look a theme up by name ({@code dark}, {@code light}, {@code mono}). */
    public static Theme named(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "dark" -> DARK;
            case "light" -> LIGHT;
            case "mono" -> MONO;
            default ->
                    throw new IllegalArgumentException(
                            "unknown theme '" + name + "' (dark, light or mono)");
        };
    }
}
