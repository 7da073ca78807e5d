package org.hygiene.quiz.player;

import java.util.List;
import org.hygiene.core.markdown.Theme;
import org.hygiene.core.screen.FullScreen;
import org.hygiene.core.screen.KeyHelp;
import org.hygiene.core.screen.Keys;
import org.jline.keymap.KeyMap;
import org.jline.terminal.Terminal;
import org.jline.utils.InfoCmp.Capability;

/** The keys of the quiz screens. Printable keys arrive as {@link #CHAR}; the screen decides. */
enum QuizKeys {
    UP,
    DOWN,
    PREV,
    NEXT,
    /** Left: the cursor in a typed answer, else the previous question. */
    LEFT,
    /** Right: the cursor in a typed answer, else the next question. */
    RIGHT,
    HOME,
    END,
    DELETE,
    ENTER,
    SPACE,
    HINT,
    BACKSPACE,
    CLEAR,
    LEAVE,
    QUIT,
    HELP,
    CHAR,
    NONE;

    private static final List<String[]> HELP_ROWS =
            List.of(
                    new String[] {"Up Down", "move between options"},
                    new String[] {
                        "Space", "choose (several answers: toggle; order: pick up / put down)"
                    },
                    new String[] {"a b c ... 1 2 3", "choose that option"},
                    new String[] {"Enter", "keep the answer and go to the next question"},
                    new String[] {"PgUp PgDn", "previous / next question"},
                    new String[] {"Left Right", "the same; in a typed answer, move in the text"},
                    new String[] {"Home End Ctrl-A Ctrl-E", "start / end of a typed answer"},
                    new String[] {"Tab", "show or hide the hint"},
                    new String[] {"Backspace Delete Ctrl-U", "edit or clear a typed answer"},
                    new String[] {"? F1", "these keys (F1 while typing)"},
                    new String[] {"Esc q", "leave; your answers are kept for later"},
                    new String[] {"Ctrl-C", "leave Hygiene; your answers are kept"});

    /** Show the quiz keys; returns true if the learner pressed Ctrl-C to leave Hygiene. */
    static boolean showHelp(FullScreen screen, Theme theme) {
        return KeyHelp.show(screen, theme, "quiz", HELP_ROWS) == Keys.Common.QUIT_APP;
    }

    static KeyMap<Object> map(Terminal terminal) {
        KeyMap<Object> keys = new KeyMap<>();
        keys.setAmbiguousTimeout(150);
        keys.setNomatch(NONE);
        keys.setUnicode(CHAR);
        for (char c = '!'; c <= '~'; c++) {
            keys.bind(CHAR, String.valueOf(c));
        }
        keys.bind(UP, KeyMap.key(terminal, Capability.key_up), "\033[A", "\033OA", "\020");
        keys.bind(DOWN, KeyMap.key(terminal, Capability.key_down), "\033[B", "\033OB", "\016");
        keys.bind(LEFT, KeyMap.key(terminal, Capability.key_left), "\033[D", "\033OD");
        keys.bind(RIGHT, KeyMap.key(terminal, Capability.key_right), "\033[C", "\033OC");
        keys.bind(PREV, KeyMap.key(terminal, Capability.key_ppage), "\033[5~");
        keys.bind(NEXT, KeyMap.key(terminal, Capability.key_npage), "\033[6~");
        keys.bind(
                HOME,
                KeyMap.key(terminal, Capability.key_home),
                "\033[H",
                "\033OH",
                "\033[1~",
                KeyMap.ctrl('A'));
        keys.bind(
                END,
                KeyMap.key(terminal, Capability.key_end),
                "\033[F",
                "\033OF",
                "\033[4~",
                KeyMap.ctrl('E'));
        keys.bind(DELETE, KeyMap.key(terminal, Capability.key_dc), "\033[3~", KeyMap.ctrl('D'));
        keys.bind(ENTER, "\r", "\n");
        keys.bind(SPACE, " ");
        keys.bind(HINT, "\t");
        keys.bind(BACKSPACE, "\177", "\b");
        keys.bind(CLEAR, KeyMap.ctrl('U'));
        keys.bind(LEAVE, "\033");
        keys.bind(QUIT, KeyMap.ctrl('C'));
        keys.bind(HELP, KeyMap.key(terminal, Capability.key_f1), "\033OP", "\033[11~");
        return keys;
    }
}
