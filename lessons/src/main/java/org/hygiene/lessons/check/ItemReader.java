package org.hygiene.lessons.check;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.function.LongConsumer;
import org.hygiene.lessons.logs.archive.ArchiveGuard;
import org.hygiene.lessons.logs.archive.ArchiveReader;
import org.hygiene.lessons.logs.formats.LogFileHead;
import org.hygiene.lessons.logs.formats.LogFormat;

/**
 * Read one file found by the {@link EvidenceWalker}: open it (through {@link ArchiveReader}, which
 * streams {@code .zip} and {@code .gz} archives as {@code hygiene hunt} does, never extracting to
 * disk), recognise each log by its path and first lines, and hand it to the right check. Problems
 * are reported against the file and never stop the run.
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

    void read(EvidenceWalker.Item item) {
        String match = item.path().toAbsolutePath().toString().replace('\\', '/');
        long[] read = new long[1];
        try (ArchiveReader files =
                new ArchiveReader(
                        counting(opener.open(item.path()), read),
                        item.display(),
                        match,
                        new ArchiveGuard(item.size()),
                        results::unreadable)) {
            ArchiveReader.Found found;
            while ((found = files.next()) != null) {
                try {
                    handle(found);
                } catch (ArchiveGuard.LimitException e) {
                    throw e;
                } catch (IOException e) {
                    results.unreadable(found.display(), EvidenceWalker.reason(e));
                    if (e instanceof java.util.zip.ZipException) {
                        files.abandonArchive();
                    }
                }
            }
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
            results.unreadable(item.display(), EvidenceWalker.reason(e));
        } catch (RuntimeException e) {
            results.unreadable(
                    item.display(),
                    "cannot be read"
                            + (e.getMessage() == null
                                    ? ""
                                    : ": " + EvidenceWalker.firstLine(e.getMessage())));
        }
    }

    private void handle(ArchiveReader.Found found) throws IOException {
        String display = found.display();
        String match = found.match();
        InputStream in = found.in();
        if (match.toLowerCase(Locale.ROOT).endsWith("/hostname.txt")) {
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
        LogFileHead head = head(first);
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

    private LogFormat recognise(String path, LogFileHead head) {
        for (LogFormat format : formats) {
            if (format.recognises(path, head)) {
                return format;
            }
        }
        return null;
    }

    private static LogFileHead head(byte[] bytes) throws IOException {
        return LogFileHead.read(new ByteArrayInputStream(bytes));
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
    private static boolean shrank(EvidenceWalker.Item item, long read) {
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
