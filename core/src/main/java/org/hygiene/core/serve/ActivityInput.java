package org.hygiene.core.serve;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The learner's keystrokes as they arrive from the channel, remembering when the last one came (for
 * the idle timeout).
 */
final class ActivityInput extends FilterInputStream {
    private volatile long lastInputNanos = System.nanoTime();

    ActivityInput(InputStream in) {
        super(in);
    }

    private volatile boolean ended;

    /** End the input now: a blocked read returns end-of-input. */
    void end() {
        ended = true;
        try {
            in.close();
        } catch (IOException | RuntimeException e) {
            // Already closed.
        }
    }

    long lastInputNanos() {
        return lastInputNanos;
    }

    @Override
    public int read() throws IOException {
        if (ended) {
            return -1;
        }
        int b;
        try {
            b = super.read();
        } catch (IOException e) {
            if (ended) {
                return -1;
            }
            throw e;
        }
        if (b >= 0) {
            lastInputNanos = System.nanoTime();
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int off, int len) throws IOException {
        if (ended) {
            return -1;
        }
        int n;
        try {
            n = super.read(buffer, off, len);
        } catch (IOException e) {
            if (ended) {
                return -1;
            }
            throw e;
        }
        if (n > 0) {
            lastInputNanos = System.nanoTime();
        }
        return n;
    }
}
