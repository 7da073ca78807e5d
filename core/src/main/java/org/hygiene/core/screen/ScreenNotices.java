package org.hygiene.core.screen;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import org.hygiene.core.text.Sanitizer;
import org.jline.terminal.Terminal;

/**
 * Messages for whoever sits at a terminal, sent from another thread (a trainer's broadcast to a
 * served class). A full screen on that terminal redraws at once and shows the latest message on its
 * bottom line until the next key, so the learner never loses their place.
 */
public final class ScreenNotices {
    private static final Map<Terminal, String> PENDING =
            Collections.synchronizedMap(new IdentityHashMap<>());

    private ScreenNotices() {}

    /** Show {@code text} (sanitised, one line) on {@code terminal}'s screen. */
    public static void post(Terminal terminal, String text) {
        if (terminal != null && text != null) {
            PENDING.put(terminal, Sanitizer.clean(text.replace('\n', ' ').replace('\r', ' ')));
        }
    }

    /** Take the message waiting for {@code terminal}, if any. */
    static String take(Terminal terminal) {
        return PENDING.remove(terminal);
    }

    static boolean waiting(Terminal terminal) {
        return PENDING.containsKey(terminal);
    }

    /** Forget a terminal that is closing. */
    public static void forget(Terminal terminal) {
        PENDING.remove(terminal);
    }
}
