package org.hygiene.lessons.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hygiene.lessons.logs.LogTable;
import org.hygiene.lessons.logs.archive.ArchiveGuard;
import org.hygiene.lessons.logs.archive.ArchiveReader;
import org.hygiene.lessons.logs.formats.EcpServerLogFormat;
import org.hygiene.lessons.logs.formats.FileListingCsvFormat;
import org.hygiene.lessons.logs.formats.HttpProxyLogFormat;
import org.hygiene.lessons.logs.formats.IisLogFormat;
import org.hygiene.lessons.logs.formats.LogFileHead;
import org.hygiene.lessons.logs.formats.LogFormat;
import org.hygiene.lessons.logs.formats.OabGeneratorLogFormat;
import org.hygiene.lessons.logs.formats.WindowsEventCsvFormat;

/**
 * The log tables of an evidence folder: a server's log folders and a responder's exports, found
 * recursively (inside {@code .zip} and {@code .gz} archives too, through the same {@link
 * ArchiveReader} and limits as {@code hygiene check}) and recognised by path and header. Works on
 * any {@link Path}, including one inside a jar's zip file system. Only the first lines of each file
 * are read here; rows stream later.
 *
 * <p>The host's name, for the {@code Computer} column of tables whose files do not carry it, is
 * read from a {@code hostname.txt} anywhere in the folder (the output of {@code hostname}).
 */
public final class Evidence {
    /** Table names in the order they are listed. */
    public static final List<String> TABLES =
            List.of(
                    IisLogFormat.TABLE,
                    HttpProxyLogFormat.TABLE,
                    EcpServerLogFormat.TABLE,
                    OabGeneratorLogFormat.TABLE,
                    "Event",
                    "SecurityEvent",
                    FileListingCsvFormat.TABLE);

    /** A file, archive or archive entry that could not be read, and why. */
    public record Skipped(String file, String reason) {}

    /**
     * A file on disk found by the walk, shown as {@code display}. One instance per file, grouped by
     * identity: not a record, whose first hashCode spins about 17 method-handle classes, some 15 ms
     * of every hunt and check.
     */
    private static final class OnDisk {
        private final Path path;
        private final String display;
        private final long size;

        OnDisk(Path path, String display, long size) {
            this.path = path;
            this.display = display;
            this.size = size;
        }

        Path path() {
            return path;
        }

        String display() {
            return display;
        }

        long size() {
            return size;
        }
    }

    /** A log found inside a file on disk: what reads it, and its first lines. */
    private record Recognised(
            OnDisk file, FileTable.Part part, List<String> tables, LogFileHead head) {}

    private final Path root;
    private final String computer;
    private final Map<String, LogTable> tables;
    private final List<String> unrecognised;
    private final List<Skipped> skipped;

    private Evidence(
            Path root,
            String computer,
            Map<String, LogTable> tables,
            List<String> unrecognised,
            List<Skipped> skipped) {
        this.root = root;
        this.computer = computer;
        this.tables = tables;
        this.unrecognised = unrecognised;
        this.skipped = skipped;
    }

    /**
     * Scan {@code root} (a folder, or one file) recursively, through {@code .zip} and {@code .gz}
     * archives as {@code hygiene check} does. Every table exists, empty when no file feeds it.
     */
    public static Evidence scan(Path root) throws IOException {
        List<Skipped> skipped = new ArrayList<>();
        List<OnDisk> files = walk(root, skipped);
        String computer = "";
        for (OnDisk file : files) {
            if (isHostname(file.display())) {
                computer = hostname(Files.newInputStream(file.path()));
                break;
            }
        }
        // Recognition does not depend on the host's name; reading the IIS and file tables does.
        List<LogFormat> recognisers = formats("");
        List<Recognised> logs = new ArrayList<>();
        List<String> unrecognised = new ArrayList<>();
        String archivedComputer = "";
        for (OnDisk file : files) {
            if (isHostname(file.display())) {
                continue;
            }
            try (ArchiveReader reader =
                    new ArchiveReader(
                            Files.newInputStream(file.path()),
                            file.display(),
                            "/" + file.display(),
                            new ArchiveGuard(file.size()),
                            (what, why) -> skipped.add(new Skipped(what, why)))) {
                ArchiveReader.Found found;
                while ((found = reader.next()) != null) {
                    if (isHostname(found.match())) {
                        if (archivedComputer.isEmpty()) {
                            archivedComputer = hostname(found.in());
                        }
                        continue;
                    }
                    LogFileHead head;
                    try {
                        head = LogFileHead.read(found.in());
                    } catch (ArchiveGuard.LimitException e) {
                        throw e; // the whole file on disk stops here, reported below
                    } catch (IOException e) {
                        skipped.add(new Skipped(found.display(), ArchiveReader.describe(e)));
                        if (e instanceof java.util.zip.ZipException) {
                            reader.abandonArchive();
                        }
                        continue;
                    }
                    List<String> readers = new ArrayList<>();
                    for (LogFormat format : recognisers) {
                        if (format.recognises(found.match(), head)) {
                            readers.add(format.table());
                        }
                    }
                    if (readers.isEmpty()) {
                        unrecognised.add(found.display());
                    } else {
                        FileTable.Part part = new FileTable.Part(found.route(), found.display());
                        logs.add(new Recognised(file, part, readers, head));
                    }
                }
            } catch (IOException e) {
                // One unreadable file (or a zip bomb) must not hide the others; it is reported.
                skipped.add(new Skipped(file.display(), ArchiveReader.describe(e)));
            } catch (RuntimeException e) {
                skipped.add(new Skipped(file.display(), "cannot be read"));
            }
        }
        if (computer.isEmpty()) {
            computer = archivedComputer;
        }
        Map<String, LogTable> tables = new LinkedHashMap<>();
        for (LogFormat format : formats(computer)) {
            List<LogFileHead> heads = new ArrayList<>();
            // Keyed by identity (see OnDisk), in the walk's order.
            Map<OnDisk, List<FileTable.Part>> parts = new LinkedHashMap<>();
            for (Recognised log : logs) {
                if (log.tables().contains(format.table())) {
                    heads.add(log.head());
                    parts.computeIfAbsent(log.file(), f -> new ArrayList<>()).add(log.part());
                }
            }
            List<FileTable.Source> sources = new ArrayList<>();
            parts.forEach(
                    (file, inside) ->
                            sources.add(
                                    new FileTable.Source(
                                            file.path(), file.display(), file.size(), inside)));
            tables.put(format.table(), new FileTable(format, format.schema(heads), sources));
        }
        return new Evidence(
                root, computer, tables, List.copyOf(unrecognised), List.copyOf(skipped));
    }

    private static List<LogFormat> formats(String computer) {
        return List.of(
                new IisLogFormat(computer),
                new HttpProxyLogFormat(),
                new EcpServerLogFormat(),
                new OabGeneratorLogFormat(),
                WindowsEventCsvFormat.event(),
                WindowsEventCsvFormat.securityEvent(),
                new FileListingCsvFormat(computer));
    }

    /** The non-empty regular files under {@code root}, in display order; links are not followed. */
    private static List<OnDisk> walk(Path root, List<Skipped> skipped) throws IOException {
        if (Files.isRegularFile(root)) {
            // The one file the user named, e.g. the zip a server's logs were collected into.
            Path name = root.getFileName();
            return List.of(
                    new OnDisk(
                            root,
                            name == null ? root.toString() : name.toString(),
                            Files.size(root)));
        }
        List<OnDisk> found = new ArrayList<>();
        Files.walkFileTree(
                root,
                new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                        // Empty files hold no record; skipping them also skips /proc and /sys.
                        if (attrs.isRegularFile() && attrs.size() > 0) {
                            found.add(new OnDisk(file, display(root, file), attrs.size()));
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) {
                        // One unreadable folder must not hide the others; it is reported.
                        skipped.add(new Skipped(display(root, file), ArchiveReader.describe(e)));
                        return FileVisitResult.CONTINUE;
                    }
                });
        found.sort(Comparator.comparing(OnDisk::display));
        return found;
    }

    private static boolean isHostname(String path) {
        String lower = path.toLowerCase(java.util.Locale.ROOT);
        return lower.equals("hostname.txt") || lower.endsWith("/hostname.txt");
    }

    private static String display(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    /** The first line of a {@code hostname.txt}; {@code in} is closed. */
    private static String hostname(InputStream in) throws IOException {
        try (in) {
            String text = new String(in.readNBytes(256), StandardCharsets.UTF_8);
            return text.replace("\uFEFF", "").strip().lines().findFirst().orElse("");
        }
    }

    public Path root() {
        return root;
    }

    /** The collected host's name from {@code hostname.txt}, or "". */
    public String computer() {
        return computer;
    }

    /** All tables, in {@link #TABLES} order. */
    public List<LogTable> tables() {
        return List.copyOf(tables.values());
    }

    /** The tables with their files, for counting. */
    List<FileTable> fileTables() {
        return tables.values().stream().map(FileTable.class::cast).toList();
    }

    /** A table by its exact name. */
    public Optional<LogTable> table(String name) {
        return Optional.ofNullable(tables.get(name));
    }

    /** The files (relative, with {@code /}) that feed a table. */
    public List<String> files(String table) {
        LogTable t = tables.get(table);
        return t == null
                ? List.of()
                : ((FileTable) t)
                        .sources().stream()
                                .flatMap(s -> s.parts().stream())
                                .map(FileTable.Part::display)
                                .toList();
    }

    /**
     * Files found (on disk or inside archives) that no format recognised (relative, with {@code
     * /}).
     */
    public List<String> unrecognised() {
        return unrecognised;
    }

    /**
     * Files, folders, archives and archive entries that could not be read (unreadable, corrupt, or
     * past the archive limits), each with the reason; what they hold is in no table.
     */
    public List<Skipped> skipped() {
        return skipped;
    }
}
