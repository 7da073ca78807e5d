package org.hygiene.core.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import org.jline.terminal.Terminal;

/**
 * Drive a full-screen program like a person: wait until the screen shows something, then type. The
 * program runs on its own thread on an ANSI terminal over pipes; {@link #waitFor} watches what it
 * has drawn since the last key, so each key answers the screen it was meant for.
 */
public final class ScreenDriver implements AutoCloseable {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final PipedOutputStream keys = new PipedOutputStream();
    private final PipedInputStream input;
    private final ByteArrayOutputStream screen = new ByteArrayOutputStream();
    private final int columns;
    private final int rows;
    private int mark;
    private CompletableFuture<Integer> program;

    public ScreenDriver(int columns, int rows) {
        this.columns = columns;
        this.rows = rows;
        try {
            this.input = new PipedInputStream(keys, 4096);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A terminal for the program under test; call once per program run. */
    public Terminal terminal() {
        return TestTerminals.ansi(input, screen, columns, rows);
    }

    /** Start the program (returning its exit status) on another thread. */
    public ScreenDriver start(IntSupplier run) {
        program = CompletableFuture.supplyAsync(run::getAsInt);
        return this;
    }

    /** Wait until the program has drawn {@code text} since the last key typed. */
    public ScreenDriver waitFor(String text) {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (!since().contains(text)) {
            if (System.nanoTime() > deadline || program.isDone()) {
                throw new AssertionError(
                        "the screen never showed '" + text + "'; it showed:\n" + plain(since()));
            }
            sleep(20);
        }
        return this;
    }

    /** Type keys (after having waited for the screen they are meant for). */
    public ScreenDriver type(String text) {
        synchronized (screen) {
            mark = screen.size();
        }
        try {
            keys.write(text.getBytes(StandardCharsets.UTF_8));
            keys.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Wait for the program to end and return its exit status. */
    public int exitStatus() {
        try {
            return program.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(
                    "the program did not end; the screen showed:\n" + plain(since()), e);
        }
    }

    /**
     * Wait until the screen, as a terminal would show it now, has {@code text}: for figures that
     * change in place (a counter), which a screen that redraws only what changed never writes
     * whole.
     */
    public ScreenDriver waitForScreen(String text) {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (true) {
            String now = screenNow();
            if (now.contains(text)) {
                return this;
            }
            if (System.nanoTime() > deadline || program.isDone()) {
                throw new AssertionError(
                        "the screen never showed '" + text + "'; it shows:\n" + now);
            }
            sleep(50);
        }
    }

    /** The screen as a terminal of this size would show it after everything drawn so far. */
    public String screenNow() {
        org.jline.utils.ScreenTerminal emulator = new org.jline.utils.ScreenTerminal(columns, rows);
        emulator.write(output());
        return emulator.toString();
    }

    /** Everything drawn so far, escape sequences included. */
    public String output() {
        synchronized (screen) {
            return screen.toString(StandardCharsets.UTF_8);
        }
    }

    private String since() {
        String all = output();
        return all.substring(Math.min(mark, all.length()));
    }

    private static String plain(String ansi) {
        return ansi.replaceAll("\u001b\\[[0-9;?$]*[A-Za-z]", " ").replaceAll("\u001b[=>]", "");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @Override
    public void close() throws IOException {
        keys.close();
    }
}
