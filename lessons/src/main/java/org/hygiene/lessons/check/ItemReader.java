package org.hygiene.lessons.check;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.LongConsumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.hygiene.lessons.logs.formats.Head;
import org.hygiene.lessons.logs.formats.LineSource;
import org.hygiene.lessons.logs.formats.LogFormat;

/**
 * Read one file found by the {@link Walk}: open it (streaming through {@code .zip} and {@code .gz}
 * archives, never extracting to disk), recognise each log by its path and first lines, and hand it
 * to the right check. Problems are reported against the file and never stop the run.
 */
final class ItemReader {
    private static final int HEAD_BYTES = 64 * 1024;

    /** Open a file for reading; tests inject one that fails, as an unreadable file does. */
    interface Opener {
        InputStream open(java.nio.file.Path file) throws IOException;
    }

    private final List<LogFormat> formats;
    private final FileCheck lines;
    private final ExportCheck exports;
    private final Results results;
    private final LongConsumer progress;
    private final Opener opener;

    ItemReader(
            Opener opener,
            List<LogFormat> formats,
            FileCheck lines,
            ExportCheck exports,
            Results results,
            LongConsumer progress) {
        this.opener = opener;
        this.formats = formats;
        this.lines = lines;
        this.exports = exports;
        this.results = results;
        this.progress = progress;
    }

    void read(Walk.Item item) {
        String match = item.path().toAbsolutePath().toString().replace('\\', '/');
        ArchiveGuard guard = new ArchiveGuard(item.size());
        long[] read = new long[1];
        try (InputStream in = counting(opener.open(item.path()), read)) {
            handle(item.display(), match, in, 0, guard);
            if (shrank(item, read[0])) {
                // Read to its (new) end: what was cut off was never checked.
                results.unreadable(
                        item.display(),
                        "the file got shorter while it was read ("
                                + read[0]
                                + " of "
                                + item.size()
                                + " bytes); check it again once nothing writes to it");
            }
        } catch (IOException e) {
            results.unreadable(item.display(), Walk.reason(e));
        } catch (RuntimeException e) {
            results.unreadable(
                    item.display(),
                    "cannot be read"
                            + (e.getMessage() == null
                                    ? ""
                                    : ": " + Walk.firstLine(e.getMessage())));
        }
    }

    private void handle(String display, String match, InputStream in, int depth, ArchiveGuard guard)
            throws IOException {
        String lower = match.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".zip") || lower.endsWith(".gz")) {
            if (depth >= ArchiveGuard.MAX_DEPTH) {
                results.unreadable(
                        display,
                        "archives nested more than "
                                + ArchiveGuard.MAX_DEPTH
                                + " deep are not opened");
                return;
            }
            if (lower.endsWith(".gz")) {
                String inner = match.substring(0, match.length() - 3);
                handle(
                        display,
                        inner,
                        guard.meter(new GZIPInputStream(in, 1 << 16)),
                        depth + 1,
                        guard);
            } else {
                zip(display, match, in, depth, guard);
            }
            return;
        }
        if (lower.endsWith("/hostname.txt")) {
            // Inside an archive; the walk reads the ones on disk.
            if (results.computer().isEmpty()) {
                String text = new String(in.readNBytes(256), StandardCharsets.UTF_8);
                results.computer(text.replace("\uFEFF", "").strip().lines().findFirst().orElse(""));
            }
            return;
        }
        BufferedInputStream buffered = new BufferedInputStream(in, HEAD_BYTES);
        buffered.mark(HEAD_BYTES);
        byte[] first = buffered.readNBytes(HEAD_BYTES);
        buffered.reset();
        Head head = head(first);
        LogFormat format = recognise("/" + match, head);
        if (format == null) {
            results.unrecognised(display);
            return;
        }
        String table = format.table();
        String source = FileCheck.source(table, match);
        results.read(table, source);
        FileCheck.Target target =
                new FileCheck.Target(
                        display,
                        match,
                        format,
                        format.schema(List.of(head)),
                        source,
                        head.directive("Fields"));
        if (table.equals("Event") || table.equals("Files")) {
            exports.check(target, buffered);
        } else {
            lines.check(target, buffered);
        }
    }

    private void zip(String display, String match, InputStream in, int depth, ArchiveGuard guard)
            throws IOException {
        long[] consumed = new long[1];
        ZipInputStream zip =
                new ZipInputStream(
                        new FilterInputStream(in) {
                            @Override
                            public int read(byte[] buf, int off, int len) throws IOException {
                                int n = super.read(buf, off, len);
                                consumed[0] += Math.max(0, n);
                                return n;
                            }
                        });
        ZipEntry entry;
        boolean any = false;
        while ((entry = zip.getNextEntry()) != null) {
            any = true;
            if (entry.isDirectory()) {
                continue;
            }
            guard.entry();
            // Entry names are only labels here: nothing is written, so "../" cannot escape.
            String name = entry.getName().replace('\\', '/');
            String shown = display + "!/" + name;
            try {
                handle(shown, match + "!/" + name, guard.meter(zip), depth + 1, guard);
            } catch (ArchiveGuard.LimitException e) {
                throw e;
            } catch (java.util.zip.ZipException e) {
                results.unreadable(shown, Walk.reason(e));
                return;
            } catch (IOException e) {
                results.unreadable(shown, Walk.reason(e));
            }
        }
        // An empty archive is 22 bytes; anything longer with no entry is not a zip we can read.
        if (!any && consumed[0] > 22) {
            results.unreadable(display, "not a zip archive, or no entry could be read");
        }
    }

    private LogFormat recognise(String path, Head head) {
        for (LogFormat format : formats) {
            if (format.recognises(path, head)) {
                return format;
            }
        }
        return null;
    }

    private static Head head(byte[] bytes) throws IOException {
        List<String> list = new ArrayList<>();
        try (LineSource source = new LineSource(new ByteArrayInputStream(bytes), HEAD_BYTES)) {
            String line;
            while (list.size() < 12 && (line = source.next()) != null) {
                list.add(line);
            }
        }
        return new Head(List.copyOf(list));
    }

    private InputStream counting(InputStream in, long[] total) {
        return new FilterInputStream(in) {
            @Override
            public int read(byte[] buf, int off, int len) throws IOException {
                int n = super.read(buf, off, len);
                if (n > 0) {
                    progress.accept(n);
                    total[0] += n;
                }
                return n;
            }
        };
    }

    /**
     * Whether the file is now shorter than when the walk found it and fewer bytes were read: it was
     * truncated (rotated, or cut by an attacker) while it was read.
     */
    private static boolean shrank(Walk.Item item, long read) {
        if (read >= item.size()) {
            return false;
        }
        try {
            return Files.size(item.path()) < item.size();
        } catch (IOException e) {
            return true;
        }
    }
}
