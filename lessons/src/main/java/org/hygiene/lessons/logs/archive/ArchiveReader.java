package org.hygiene.lessons.logs.archive;

import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.hygiene.core.text.IoProblems;

/**
 * The files inside one file on disk, one after the other: the file itself, or for a {@code .zip} or
 * {@code .gz} (nested up to {@link ArchiveGuard#MAX_DEPTH} deep) every file inside it, streamed,
 * never extracted to disk. Every expanded byte is counted by one {@link ArchiveGuard}.
 *
 * <p>{@code hygiene check} and {@code hygiene hunt} both read evidence through this class, so they
 * see the same files behind the same limits. An archive that cannot be read is reported to {@link
 * Problems} and skipped, and the files around it are still found; going past the guard's limits (a
 * possible zip bomb) throws {@link ArchiveGuard.LimitException} and ends the whole file. Entry
 * names such as {@code ../../x} are only labels: nothing is ever written.
 */
public final class ArchiveReader implements Closeable {
    /**
     * One file found. {@code display} names it for people ({@code logs.zip!/Ecp/x.LOG.gz}); {@code
     * match} is the path formats recognise it by (without its {@code .gz} suffixes); {@code route}
     * finds it again in the same archive (the index of each zip entry on the way); {@code in} is
     * its content, valid until the next call of {@link #next()}.
     */
    public record Found(String display, String match, List<Integer> route, InputStream in) {}

    /** Where the archives (or entries) that were skipped are reported, with the reason. */
    @FunctionalInterface
    public interface Problems {
        void skipped(String display, String reason);
    }

    private record Pending(
            InputStream in, String display, String match, int depth, List<Integer> route) {}

    /** An open zip archive and the entry being read from it. */
    private static final class ZipLevel {
        final ZipInputStream zip;
        final String display;
        final String match;
        final int depth;
        final List<Integer> route;
        final long[] consumed;
        int ordinal = -1;
        InputStream entry;

        /**
         * Whether the bytes read without finding an entry can be an empty zip: nothing, or exactly
         * the 22 bytes of a lone end record. Anything shorter or longer is not a zip.
         */
        boolean emptyZip() {
            return consumed[0] == 22 || consumed[0] == 0;
        }

        ZipLevel(Pending p, long[] consumed, ZipInputStream zip) {
            this.zip = zip;
            this.display = p.display();
            this.match = p.match();
            this.depth = p.depth();
            this.route = p.route();
            this.consumed = consumed;
        }
    }

    private final InputStream root;
    private final ArchiveGuard guard;
    private final Problems problems;
    private final Deque<ZipLevel> zips = new ArrayDeque<>();
    private Pending pending;

    /**
     * Read {@code in}, a file shown as {@code display} and recognised by {@code match}; {@code
     * guard} counts what it expands to. Closing the reader closes {@code in}.
     */
    public ArchiveReader(
            InputStream in, String display, String match, ArchiveGuard guard, Problems problems) {
        this.root = in;
        this.guard = guard;
        this.problems = problems;
        this.pending = new Pending(in, display, match, 0, List.of());
    }

    /** The next file that is not itself an archive, or null when there is none. */
    public Found next() throws IOException {
        while (true) {
            if (pending != null) {
                Pending p = pending;
                pending = null;
                Found found = open(p);
                if (found != null) {
                    return found;
                }
                continue;
            }
            ZipLevel level = zips.peek();
            if (level == null) {
                return null;
            }
            ZipEntry entry = nextEntry(level);
            if (entry == null) {
                end(zips.pop());
                continue;
            }
            if (entry.isDirectory()) {
                continue;
            }
            guard.entry();
            String name = entry.getName().replace('\\', '/');
            level.entry = guard.meter(level.zip);
            pending =
                    new Pending(
                            level.entry,
                            level.display + "!/" + name,
                            level.match + "!/" + name,
                            level.depth + 1,
                            append(level.route, level.ordinal));
        }
    }

    /**
     * Stop reading the archive the last file came from: reading that file failed in a way that
     * leaves the archive's stream unusable. The failure was reported with the file.
     */
    public void abandonArchive() {
        ZipLevel level = zips.poll();
        if (level != null) {
            end(level);
        }
    }

    @Override
    public void close() throws IOException {
        while (!zips.isEmpty()) {
            end(zips.pop());
        }
        root.close();
    }

    private static void end(ZipLevel level) {
        try {
            level.zip.close(); // frees its inflater; the stream beneath is not closed by this
        } catch (IOException e) {
            // Nothing was written; there is nothing to lose.
        }
    }

    /** Say why reading failed, in words, without Java class names. */
    public static String describe(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.io.EOFException
                || e instanceof java.util.zip.ZipException
                || e.getMessage() == null
                || e.getMessage().isBlank()) {
            // No class names: "EOFException" says nothing to the person reading the report.
            return IoProblems.describe(e);
        }
        String message = e.getMessage();
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    /** The file {@code p} stands for, or null when it is an archive (opened now) or skipped. */
    private Found open(Pending p) throws IOException {
        String lower = p.match().toLowerCase(Locale.ROOT);
        boolean gz = lower.endsWith(".gz");
        if (!gz && !lower.endsWith(".zip")) {
            return new Found(p.display(), p.match(), p.route(), p.in());
        }
        if (p.depth() >= ArchiveGuard.MAX_DEPTH) {
            problems.skipped(
                    p.display(),
                    "archives nested more than " + ArchiveGuard.MAX_DEPTH + " deep are not opened");
            return null;
        }
        if (!gz) {
            long[] consumed = new long[1];
            zips.push(new ZipLevel(p, consumed, new ZipInputStream(counting(p.in(), consumed))));
            return null;
        }
        InputStream gunzipped;
        try {
            gunzipped = guard.meter(new GZIPInputStream(p.in(), 1 << 16));
        } catch (ArchiveGuard.LimitException e) {
            throw e;
        } catch (IOException e) {
            problems.skipped(p.display(), describe(e));
            return null;
        }
        String inner = p.match().substring(0, p.match().length() - 3);
        pending = new Pending(gunzipped, p.display(), inner, p.depth() + 1, p.route());
        return null;
    }

    /** The next entry of {@code level}, or null at its end or when it cannot be read (reported). */
    private ZipEntry nextEntry(ZipLevel level) throws IOException {
        try {
            if (level.entry != null) {
                // Count what the reader of the last entry left unread: skipping expands it too.
                level.entry.transferTo(OutputStream.nullOutputStream());
                level.entry = null;
            }
            ZipEntry entry = level.zip.getNextEntry();
            if (entry != null) {
                level.ordinal++;
            } else if (level.ordinal < 0 && !level.emptyZip()) {
                // ZipInputStream finds no entry in bytes that are not a zip: say so.
                problems.skipped(level.display, "not a zip archive, or no entry could be read");
            }
            return entry;
        } catch (ArchiveGuard.LimitException e) {
            throw e;
        } catch (IOException e) {
            problems.skipped(level.display, describe(e));
            return null;
        } catch (IllegalArgumentException e) {
            // ZipInputStream's answer to an entry name that is not valid in its charset.
            problems.skipped(level.display, "corrupt archive (an entry's name cannot be read)");
            return null;
        }
    }

    private static List<Integer> append(List<Integer> route, int ordinal) {
        List<Integer> longer = new ArrayList<>(route.size() + 1);
        longer.addAll(route);
        longer.add(ordinal);
        return List.copyOf(longer);
    }

    private static InputStream counting(InputStream in, long[] consumed) {
        return new FilterInputStream(in) {
            @Override
            public int read(byte[] buf, int off, int len) throws IOException {
                int n = super.read(buf, off, len);
                consumed[0] += Math.max(0, n);
                return n;
            }

            @Override
            public void close() {
                // The stream beneath belongs to the level above (or to the reader).
            }
        };
    }
}
