package org.hygiene.core.screen;

import java.util.ArrayList;
import java.util.List;
import org.hygiene.core.markdown.Theme;
import org.jline.keymap.KeyMap;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;

/** The {@code ?} screen: the keys of the current screen, until any key is pressed. */
public final class KeyHelp {
    private KeyHelp() {}

    /** Show pairs of (keys, what they do); returns {@link Keys.Common#QUIT_APP} on Ctrl-C. */
    public static Object show(FullScreen screen, Theme theme, String title, List<String[]> keys) {
        KeyMap<Object> any = Keys.common(screen.terminal());
        any.setNomatch(Keys.Common.NONE);
        while (true) {
            List<AttributedString> lines = new ArrayList<>();
            lines.add(new AttributedString("Keys: " + title, theme.heading()));
            lines.add(AttributedString.EMPTY);
            int keyWidth = keys.stream().mapToInt(k -> k[0].length()).max().orElse(4) + 2;
            for (String[] k : keys) {
                lines.add(
                        new AttributedStringBuilder()
                                .append("  ")
                                .append(String.format("%-" + keyWidth + "s", k[0]), theme.strong())
                                .append(k[1])
                                .toAttributedString()
                                .columnSubSequence(0, screen.width()));
            }
            lines.add(AttributedString.EMPTY);
            lines.add(new AttributedString("Press any key to go back.", theme.faint()));
            screen.show(lines);
            Object action = screen.readKey(any);
            if (action != FullScreen.Event.RESIZE) {
                return action;
            }
        }
    }
}
