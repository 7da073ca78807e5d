package org.hygiene.core.console.screen;

import java.util.List;
import org.hygiene.core.screen.Keys;
import org.jline.keymap.KeyMap;
import org.jline.terminal.Terminal;
import org.jline.utils.InfoCmp.Capability;

/** The trainer console's keys, on top of the keys every screen shares. */
enum ConsoleKeys {
    VIEW_ROOM,
    VIEW_EXERCISES,
    VIEW_UNITS,
    VIEW_QUIZ,
    SORT,
    BROADCAST,
    EXPORT,
    LOCK,
    INVITE,
    ROOM_QUIZ,
    REVEAL,
    LEFT,
    RIGHT;

    static final List<String[]> HELP =
            List.of(
                    new String[] {"1 2 3 4", "room, exercises, units (pacing), room quiz"},
                    new String[] {"Up Down j k", "select a learner, unit or line"},
                    new String[] {"Enter", "room: the selected learner's timeline"},
                    new String[] {"s", "room: sort by the next column"},
                    new String[] {"l", "units: lock or release the selected unit"},
                    new String[] {
                        "i", "units: invite everyone to the selected unit (again: withdraw)"
                    },
                    new String[] {"z", "units: start the selected quiz for the room; quiz: end it"},
                    new String[] {"Left Right", "quiz: previous / next question"},
                    new String[] {"r", "quiz: reveal or hide the right answers"},
                    new String[] {"b", "broadcast a message to every learner's screen"},
                    new String[] {
                        "x", "export the reports (CSV, JSON, Markdown) to the class folder"
                    },
                    new String[] {"q Esc", "back to the room; in the room, leave the console"},
                    new String[] {"Ctrl-C", "leave the console"});

    static KeyMap<Object> map(Terminal terminal) {
        KeyMap<Object> keys = Keys.common(terminal);
        keys.bind(VIEW_ROOM, "1");
        keys.bind(VIEW_EXERCISES, "2");
        keys.bind(VIEW_UNITS, "3");
        keys.bind(VIEW_QUIZ, "4");
        keys.bind(SORT, "s");
        keys.bind(BROADCAST, "b");
        keys.bind(EXPORT, "x");
        keys.bind(LOCK, "l");
        keys.bind(INVITE, "i");
        keys.bind(ROOM_QUIZ, "z");
        keys.bind(REVEAL, "r");
        keys.bind(LEFT, KeyMap.key(terminal, Capability.key_left), "\033[D", "\033OD", "p");
        keys.bind(RIGHT, KeyMap.key(terminal, Capability.key_right), "\033[C", "\033OC", "n");
        return keys;
    }
}
