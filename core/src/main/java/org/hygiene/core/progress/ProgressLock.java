package org.hygiene.core.progress;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Hold a learner's file for the moment of one read-merge-write: an in-process lock (two sessions of
 * one JVM cannot both hold a file lock: the second gets an exception, not a wait) and then a {@link
 * FileChannel} lock on {@code <learner>.json.lock} against other programs. Held for milliseconds,
 * so a second copy of Hygiene waits briefly and is never locked out.
 */
final class ProgressLock {
    /**
     * Long enough for any save; a holder that hangs longer than this is reported, not waited on.
     */
    private static final long WAIT_MILLIS = 30_000;

    private static final ConcurrentHashMap<Path, ReentrantLock> IN_PROCESS =
            new ConcurrentHashMap<>();

    /** Work done while the lock is held. */
    interface Locked<T> {
        T run() throws IOException;
    }

    private ProgressLock() {}

    static <T> T with(Path lockFile, Locked<T> work) throws IOException {
        Path key = lockFile.toAbsolutePath().normalize();
        ReentrantLock local = IN_PROCESS.computeIfAbsent(key, k -> new ReentrantLock());
        try {
            if (!local.tryLock(WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
                throw new IOException("another session is still saving " + lockFile);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting to save " + lockFile, e);
        }
        try {
            if (local.getHoldCount() > 1) {
                return work.run(); // already held by this thread: the file lock is ours too
            }
            try (FileChannel channel =
                            FileChannel.open(
                                    lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                    FileLock ignored = acquire(channel, lockFile)) {
                return work.run();
            }
        } finally {
            local.unlock();
        }
    }

    private static FileLock acquire(FileChannel channel, Path lockFile) throws IOException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(WAIT_MILLIS);
        while (true) {
            try {
                FileLock lock = channel.tryLock();
                if (lock != null) {
                    return lock;
                }
            } catch (OverlappingFileLockException e) {
                // Cannot happen behind the in-process lock; treat it as "busy" all the same.
            }
            if (System.nanoTime() > deadline) {
                throw new IOException("another program is still saving " + lockFile);
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting to save " + lockFile, e);
            }
        }
    }
}
