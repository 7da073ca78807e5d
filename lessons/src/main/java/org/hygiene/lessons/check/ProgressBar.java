package org.hygiene.lessons.check;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicLong;
import org.hygiene.core.text.Sanitizer;

/**
 * A one-line progress bar (files, bytes, time left) redrawn in place on standard error, at most a
 * few times a second. Used only when standard error is a terminal.
 */
final class ProgressBar implements LogCheck.Listener {
    private static final long EVERY_MS = 200;

    private final PrintWriter err;
    private final Clock clock;
    private final int width;
    private final AtomicLong bytes = new AtomicLong();
    private final AtomicLong files = new AtomicLong();
    private volatile long totalBytes;
    private volatile long totalFiles;
    private long started;
    private long drawn;
    private boolean shown;

    ProgressBar(PrintWriter err, Clock clock, int width) {
        this.err = err;
        this.clock = clock;
        this.width = Math.max(40, Math.min(width, 120));
    }

    @Override
    public void started(long files, long bytes) {
        totalFiles = files;
        totalBytes = bytes;
        started = clock.millis();
    }

    @Override
    public void bytes(long n) {
        bytes.addAndGet(n);
        maybeDraw();
    }

    @Override
    public void fileDone() {
        files.incrementAndGet();
        maybeDraw();
    }

    private void maybeDraw() {
        long now = clock.millis();
        synchronized (this) {
            if (now - drawn < EVERY_MS) {
                return;
            }
            drawn = now;
            err.print("\r" + line(now) + "\u001b[K");
            err.flush();
            shown = true;
        }
    }

    String line(long now) {
        long done = bytes.get();
        double fraction = totalBytes == 0 ? 1 : Math.min(1, done / (double) totalBytes);
        long elapsed = now - started;
        String left =
                fraction <= 0.01 || elapsed < 500
                        ? "--"
                        : seconds((long) (elapsed / fraction - elapsed) / 1000);
        String text =
                String.format(
                        " %d/%d files  %s/%s  %s left",
                        files.get(),
                        totalFiles,
                        ByteCounts.human(done),
                        ByteCounts.human(totalBytes),
                        left);
        int bar = Math.max(10, width - text.length() - 3);
        int full = (int) Math.round(bar * fraction);
        return Sanitizer.clean("[" + "#".repeat(full) + "-".repeat(bar - full) + "]" + text);
    }

    private static String seconds(long s) {
        return s >= 60 ? (s / 60) + "m" + String.format("%02d", s % 60) + "s" : s + "s";
    }

    /** Erase the bar, so the report starts on a clean line. */
    synchronized void clear() {
        if (shown) {
            err.print("\r\u001b[K");
            err.flush();
        }
    }
}
