package org.hygiene.core.testing;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Keys typed by a person: each arrives after a pause, as from a keyboard. Canned input that arrives
 * all at once would be read by JLine's terminal probes (device attributes, synchronized output)
 * instead of by the screen under test.
 */
public final class TypedKeys extends InputStream {
    private final List<byte[]> keys;
    private final long pauseMillis;
    private int key;
    private int offset;
    private boolean paused;

    public TypedKeys(long pauseMillis, String... keys) {
        this.pauseMillis = pauseMillis;
        this.keys =
                java.util.Arrays.stream(keys).map(k -> k.getBytes(StandardCharsets.UTF_8)).toList();
    }

    /** Keys with a pause long enough for a screen to draw before each. */
    public static TypedKeys of(String... keys) {
        return new TypedKeys(300, keys);
    }

    @Override
    public synchronized int read() {
        if (key >= keys.size()) {
            return -1;
        }
        if (!paused) {
            try {
                Thread.sleep(pauseMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return -1;
            }
            paused = true;
        }
        byte[] k = keys.get(key);
        int b = k[offset++] & 0xff;
        if (offset == k.length) {
            key++;
            offset = 0;
            paused = false;
        }
        return b;
    }

    @Override
    public synchronized int read(byte[] buffer, int off, int len) {
        if (len == 0) {
            return 0;
        }
        int b = read();
        if (b < 0) {
            return -1;
        }
        buffer[off] = (byte) b;
        int n = 1;
        // Deliver the rest of the same key (an escape sequence) in one read.
        while (n < len && key < keys.size() && offset > 0) {
            buffer[off + n++] = (byte) read();
        }
        return n;
    }
}
