package org.hygiene.core.screen;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jline.keymap.BindingReader;
import org.jline.keymap.KeyMap;
import org.jline.terminal.Attributes;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;
import org.jline.utils.Display;
import org.jline.utils.InfoCmp.Capability;
import org.jline.utils.NonBlockingReader;

/**
 * A full-screen view on a terminal: raw mode, the alternate screen, diff-based redraws, and key
 * reading that also reports resizes. Ctrl-C arrives as a key (signals are off while it is open), so
 * every screen can save and leave cleanly instead of being killed mid-write.
 */
public final class FullScreen implements AutoCloseable {
    /** Returned by {@link #readKey} when the terminal was resized (or input ended). */
    public enum Event {
        RESIZE,
        EOF,
        /** No key came within the time given to {@link #readKey(KeyMap, long)}. */
        TIMEOUT
    }

    private final Terminal terminal;
    private final Attributes saved;
    private final Display display;
    private final BindingReader bindings;
    private final AtomicBoolean resized = new AtomicBoolean();
    private final Terminal.SignalHandler previousWinch;
    private boolean eof;
    private String notice;

    /** Full screens set aside by {@link #suspend}; closing it brings them back. */
    public interface Suspended extends AutoCloseable {
        @Override
        void close();
    }

    /** How many full screens are open per terminal: only the outermost switches screens. */
    private static final java.util.Map<Terminal, Integer> DEPTH =
            java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());

    private static final java.util.Map<Terminal, FullScreen> OUTERMOST =
            java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());

    private final boolean outermost;

    public FullScreen(Terminal terminal) {
        this.terminal = terminal;
        this.saved = terminal.enterRawMode();
        Attributes raw = new Attributes(terminal.getAttributes());
        raw.setLocalFlag(Attributes.LocalFlag.ISIG, false);
        terminal.setAttributes(raw);
        this.previousWinch = terminal.handle(Terminal.Signal.WINCH, s -> resized.set(true));
        this.outermost = DEPTH.merge(terminal, 1, Integer::sum) == 1;
        if (outermost) {
            OUTERMOST.put(terminal, this);
            terminal.puts(Capability.enter_ca_mode);
            terminal.puts(Capability.keypad_xmit);
            terminal.puts(Capability.cursor_invisible);
        }
        terminal.puts(Capability.clear_screen);
        terminal.flush();
        this.display = new Display(terminal, true);
        this.bindings = new BindingReader(terminal.reader());
        Size size = size();
        display.resize(size.getRows(), size.getColumns());
    }

    public Terminal terminal() {
        return terminal;
    }

    /** The usable size; terminals that report nothing count as 80x24. */
    public Size size() {
        Size s = terminal.getSize();
        int cols = s.getColumns() > 0 ? s.getColumns() : 80;
        int rows = s.getRows() > 0 ? s.getRows() : 24;
        return new Size(cols, rows);
    }

    public int width() {
        return size().getColumns();
    }

    public int height() {
        return size().getRows();
    }

    /** Draw exactly these lines (no more than the screen's height). */
    public void show(List<AttributedString> lines) {
        Size size = size();
        display.resize(size.getRows(), size.getColumns());
        List<AttributedString> visible =
                lines.size() > size.getRows() ? lines.subList(0, size.getRows()) : lines;
        if (notice != null && !visible.isEmpty()) {
            visible = new java.util.ArrayList<>(visible);
            String text = " " + notice + " ";
            visible.set(
                    visible.size() - 1,
                    new AttributedString(
                                    text
                                            + " "
                                                    .repeat(
                                                            Math.max(
                                                                    0,
                                                                    size.getColumns()
                                                                            - text.length())),
                                    org.jline.utils.AttributedStyle.INVERSE)
                            .columnSubSequence(0, size.getColumns()));
        }
        display.update(visible, -1);
        terminal.flush();
    }

    /** Forget what is on screen, so the next {@link #show} redraws everything. */
    public void invalidate() {
        terminal.puts(Capability.clear_screen);
        display.clear();
    }

    /**
     * Wait for a key bound in {@code keys} and return its action; returns {@link Event#RESIZE}
     * after a resize and {@link Event#EOF} when input has ended.
     */
    public Object readKey(KeyMap<Object> keys) {
        return readKey(keys, 0);
    }

    /**
     * Like {@link #readKey(KeyMap)}, but give up after {@code timeoutMillis} (0: wait for ever) and
     * return {@link Event#TIMEOUT}, so a screen can also follow something that changes outside it
     * (a file being edited, another process's position).
     */
    public Object readKey(KeyMap<Object> keys, long timeoutMillis) {
        long deadline = timeoutMillis > 0 ? System.nanoTime() + timeoutMillis * 1_000_000 : 0;
        if (eof) {
            return Event.EOF;
        }
        NonBlockingReader reader = terminal.reader();
        try {
            while (true) {
                if (resized.getAndSet(false)) {
                    display.clear();
                    return Event.RESIZE;
                }
                if (ScreenNotices.waiting(terminal)) {
                    // A message from the trainer: redraw now; it stays until the next key.
                    notice = ScreenNotices.take(terminal);
                    return Event.RESIZE;
                }
                if (deadline != 0 && System.nanoTime() - deadline >= 0) {
                    return Event.TIMEOUT;
                }
                int c = reader.peek(100);
                if (c == NonBlockingReader.EOF) {
                    eof = true;
                    return Event.EOF;
                }
                if (c >= 0) {
                    notice = null;
                    Object action = bindings.readBinding(keys, null, true);
                    if (action == null) {
                        eof = true;
                        return Event.EOF;
                    }
                    return action;
                }
            }
        } catch (IOException e) {
            // The input is gone (a closed stream, a dropped connection): leave as on end of input.
            eof = true;
            return Event.EOF;
        }
    }

    /**
     * Make the next {@link #readKey} return {@link Event#RESIZE}, so the view renders again (the
     * file it shows was saved). Safe to call from another thread.
     */
    public void redraw() {
        resized.set(true);
    }

    /** The last characters read, e.g. to know which digit was typed. */
    public String lastBinding() {
        return bindings.getLastBinding();
    }

    /**
     * Hand the terminal back to line-oriented output while full screens are open (an exercise's
     * shell opened from a lesson): leave the alternate screen, so what is printed stays in the
     * scrollback, and restore the terminal modes the first screen found, so Ctrl-C is a signal
     * again. A full screen opened meanwhile behaves as the outermost one. Closing the returned
     * handle switches back; the screens that were open redraw on their next {@link #show} after
     * {@link #invalidate}.
     */
    public static Suspended suspend(Terminal terminal) {
        FullScreen outer = OUTERMOST.get(terminal);
        Integer depth = DEPTH.remove(terminal);
        if (outer == null || depth == null) {
            return () -> {};
        }
        OUTERMOST.remove(terminal);
        leave(terminal);
        terminal.flush();
        Attributes during = terminal.getAttributes();
        terminal.setAttributes(outer.saved);
        return () -> {
            terminal.setAttributes(during);
            DEPTH.put(terminal, depth);
            OUTERMOST.put(terminal, outer);
            terminal.puts(Capability.enter_ca_mode);
            terminal.puts(Capability.keypad_xmit);
            terminal.puts(Capability.cursor_invisible);
            terminal.puts(Capability.clear_screen);
            terminal.flush();
            outer.resized.set(true);
        };
    }

    /**
     * Give the normal screen back. A terminal with no alternate screen (TERM=ansi, vt100, the Linux
     * console) drew the full screen on the normal one: clear it, so what comes next (an exercise's
     * shell, the shell prompt) starts on a clean screen, not under a leftover status line.
     */
    private static void leave(Terminal terminal) {
        terminal.puts(Capability.cursor_visible);
        terminal.puts(Capability.keypad_local);
        if (terminal.getStringCapability(Capability.exit_ca_mode) != null) {
            terminal.puts(Capability.exit_ca_mode);
        } else {
            terminal.puts(Capability.clear_screen);
        }
    }

    @Override
    public void close() {
        DEPTH.computeIfPresent(terminal, (t, n) -> n > 1 ? n - 1 : null);
        if (outermost) {
            OUTERMOST.remove(terminal, this);
            leave(terminal);
        }
        terminal.flush();
        terminal.setAttributes(saved);
        terminal.handle(Terminal.Signal.WINCH, previousWinch);
    }
}
