package org.hygiene.core.screen;

import java.util.List;
import java.util.function.Function;
import org.jline.keymap.KeyMap;
import org.jline.utils.AttributedString;

/**
 * Read a short line of text on the status line of a full screen, such as a search pattern:
 * printable characters, Backspace, Ctrl-U to clear, Enter to accept, Esc or Ctrl-C to cancel.
 */
public final class LinePrompt {
    private enum Key {
        CHAR,
        ERASE,
        CLEAR,
        ACCEPT,
        CANCEL
    }

    private static final int MAX_LENGTH = 200;

    private LinePrompt() {}

    /**
     * Prompt with {@code prompt}; {@code frame} draws the screen with the status line it is given.
     * Returns the text, or null when cancelled or when input ended.
     */
    public static String read(
            FullScreen screen,
            String prompt,
            Function<AttributedString, List<AttributedString>> frame) {
        KeyMap<Object> keys = new KeyMap<>();
        keys.setAmbiguousTimeout(100);
        keys.setUnicode(Key.CHAR);
        keys.setNomatch(Key.CHAR);
        for (char c = 32; c < 127; c++) {
            keys.bind(Key.CHAR, String.valueOf(c));
        }
        keys.bind(Key.ERASE, "\177", "\b");
        keys.bind(Key.CLEAR, KeyMap.ctrl('U'));
        keys.bind(Key.ACCEPT, "\r", "\n");
        keys.bind(Key.CANCEL, "\033", KeyMap.ctrl('C'), KeyMap.ctrl('G'));
        StringBuilder text = new StringBuilder();
        while (true) {
            screen.show(
                    frame.apply(new AttributedString(prompt + text, PagerSearch.promptStyle())));
            Object key = screen.readKey(keys);
            if (key == FullScreen.Event.EOF || key == Key.CANCEL) {
                return null;
            }
            if (key == Key.ACCEPT) {
                return text.toString();
            }
            if (key == Key.ERASE) {
                if (text.length() == 0) {
                    return null; // like less: erasing past the start cancels
                }
                text.setLength(text.length() - 1);
            } else if (key == Key.CLEAR) {
                text.setLength(0);
            } else if (key == Key.CHAR) {
                String typed = screen.lastBinding();
                if (typed != null && text.length() < MAX_LENGTH) {
                    typed.codePoints()
                            .filter(cp -> cp >= 32 && cp != 127 && !Character.isISOControl(cp))
                            .forEach(text::appendCodePoint);
                }
            }
        }
    }
}
