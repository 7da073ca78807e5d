package org.hygiene.lessons.hunt.shell;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Keys typed one group at a time: a long pause before the first (so that JLine's terminal probes
 * time out instead of eating them), then a short pause before each next group.
 */
final class SlowKeys extends InputStream {
    private final List<byte[]> keys;
    private final long firstPause;
    private final long pause;
    private int key;
    private int offset;

    SlowKeys(long firstPause, long pause, String... keys) {
        this.firstPause = firstPause;
        this.pause = pause;
        this.keys =
                java.util.Arrays.stream(keys).map(k -> k.getBytes(StandardCharsets.UTF_8)).toList();
    }

    @Override
    public synchronized int read() {
        if (key >= keys.size()) {
            return -1;
        }
        if (offset == 0) {
            try {
                Thread.sleep(key == 0 ? firstPause : pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return -1;
            }
        }
        byte[] k = keys.get(key);
        int b = k[offset++] & 0xff;
        if (offset == k.length) {
            key++;
            offset = 0;
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
        while (n < len && key < keys.size() && offset > 0) {
            buffer[off + n++] = (byte) read();
        }
        return n;
    }
}
