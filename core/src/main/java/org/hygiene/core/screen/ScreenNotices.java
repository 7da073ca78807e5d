package org.hygiene.core.screen;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Consumer;
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

    /** The handle of {@link #deliverTo}: closing it sends notices back to full screens. */
    public interface Delivery extends AutoCloseable {
        @Override
        void close();
    }

    /** Line-mode screens (a shell at its prompt) that print notices as they come. */
    private static final Map<Terminal, Consumer<String>> PRINTERS =
            Collections.synchronizedMap(new IdentityHashMap<>());

    private ScreenNotices() {}

    /** Show {@code text} (sanitised, one line) on {@code terminal}'s screen. */
    public static void post(Terminal terminal, String text) {
        if (terminal != null && text != null) {
            String clean = Sanitizer.clean(text.replace('\n', ' ').replace('\r', ' '));
            Consumer<String> printer = PRINTERS.get(terminal);
            if (printer != null) {
                printer.accept(clean);
            } else {
                PENDING.put(terminal, clean);
            }
        }
    }

    /**
     * While the returned handle is open, notices for {@code terminal} go to {@code printer} at once
     * (a shell prints them above its prompt) instead of waiting for a full screen; one already
     * waiting is printed now.
     */
    public static Delivery deliverTo(Terminal terminal, Consumer<String> printer) {
        PRINTERS.put(terminal, printer);
        String waiting = PENDING.remove(terminal);
        if (waiting != null) {
            printer.accept(waiting);
        }
        return () -> PRINTERS.remove(terminal, printer);
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
        PRINTERS.remove(terminal);
    }
}
