package org.hygiene.core.screen;

import org.jline.keymap.KeyMap;
import org.jline.terminal.Terminal;
import org.jline.utils.InfoCmp.Capability;

/** Key bindings shared by every screen, so that movement and leaving work the same everywhere. */
public final class Keys {
    /** Actions common to all screens. */
    public enum Common {
        UP,
        DOWN,
        PAGE_UP,
        PAGE_DOWN,
        TOP,
        BOTTOM,
        ENTER,
        BACK,
        QUIT_APP,
        HELP,
        NONE
    }

    private Keys() {}

    /** A key map with the common bindings; screens add their own. */
    public static KeyMap<Object> common(Terminal terminal) {
        KeyMap<Object> keys = new KeyMap<>();
        keys.setAmbiguousTimeout(150);
        keys.setNomatch(Common.NONE);
        keys.setUnicode(Common.NONE);
        keys.bind(
                Common.UP,
                "k",
                "\020",
                KeyMap.key(terminal, Capability.key_up),
                "\033[A",
                "\033OA");
        keys.bind(
                Common.DOWN,
                "j",
                "\016",
                KeyMap.key(terminal, Capability.key_down),
                "\033[B",
                "\033OB");
        keys.bind(Common.PAGE_UP, "b", KeyMap.key(terminal, Capability.key_ppage), "\033[5~");
        keys.bind(
                Common.PAGE_DOWN, " ", "f", KeyMap.key(terminal, Capability.key_npage), "\033[6~");
        keys.bind(
                Common.TOP,
                "g",
                "<",
                KeyMap.key(terminal, Capability.key_home),
                "\033[H",
                "\033[1~",
                "\033OH");
        keys.bind(
                Common.BOTTOM,
                "G",
                ">",
                KeyMap.key(terminal, Capability.key_end),
                "\033[F",
                "\033[4~",
                "\033OF");
        keys.bind(Common.ENTER, "\r", "\n");
        keys.bind(Common.BACK, "q", "\033");
        keys.bind(Common.QUIT_APP, KeyMap.ctrl('C'));
        keys.bind(Common.HELP, "?", "h");
        return keys;
    }
}
