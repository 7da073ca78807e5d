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
import org.hygiene.lessons.logs.formats.EcpServerLogFormat;
import org.hygiene.lessons.logs.formats.FileListingCsvFormat;
import org.hygiene.lessons.logs.formats.Head;
import org.hygiene.lessons.logs.formats.HttpProxyLogFormat;
import org.hygiene.lessons.logs.formats.IisLogFormat;
import org.hygiene.lessons.logs.formats.LogFormat;
import org.hygiene.lessons.logs.formats.OabGeneratorLogFormat;
import org.hygiene.lessons.logs.formats.WindowsEventCsvFormat;

/**
 * The log tables of an evidence folder: a server's log folders and a responder's exports, found
 * recursively and recognised by path and header. Works on any {@link Path}, including one inside a
 * jar's zip file system. Only the first lines of each file are read here; rows stream later.
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

    private final Path root;
    private final String computer;
    private final Map<String, LogTable> tables;
    private final List<String> unrecognised;

    private Evidence(
            Path root, String computer, Map<String, LogTable> tables, List<String> unrecognised) {
        this.root = root;
        this.computer = computer;
        this.tables = tables;
        this.unrecognised = unrecognised;
    }

    /** Scan {@code root} recursively. Every table exists, empty when no file feeds it. */
    public static Evidence scan(Path root) throws IOException {
        List<Path> found = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        Files.walkFileTree(
                root,
                new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                        // Empty files hold no record; skipping them also skips /proc and /sys.
                        if (attrs.isRegularFile() && attrs.size() > 0) {
                            found.add(file);
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) {
                        // One unreadable folder must not hide the others; it is reported.
                        unreadable.add(display(root, file));
                        return FileVisitResult.CONTINUE;
                    }
                });
        List<Path> files =
                found.stream().sorted(Comparator.comparing(p -> display(root, p))).toList();
        String computer = "";
        for (Path file : files) {
            if (file.getFileName().toString().equalsIgnoreCase("hostname.txt")) {
                computer = hostname(file);
                break;
            }
        }
        List<LogFormat> formats =
                List.of(
                        new IisLogFormat(computer),
                        new HttpProxyLogFormat(),
                        new EcpServerLogFormat(),
                        new OabGeneratorLogFormat(),
                        WindowsEventCsvFormat.event(),
                        WindowsEventCsvFormat.securityEvent(),
                        new FileListingCsvFormat(computer));
        Map<LogFormat, List<FileTable.Source>> sources = new LinkedHashMap<>();
        Map<LogFormat, List<Head>> heads = new LinkedHashMap<>();
        formats.forEach(f -> sources.put(f, new ArrayList<>()));
        formats.forEach(f -> heads.put(f, new ArrayList<>()));
        List<String> unrecognised = new ArrayList<>(unreadable);
        for (Path file : files) {
            String display = display(root, file);
            Head head;
            try {
                head = Head.read(file);
            } catch (IOException e) {
                // An unreadable file must not hide the others; it is reported instead.
                unrecognised.add(display);
                continue;
            }
            boolean known = false;
            for (LogFormat format : formats) {
                if (format.recognises("/" + display, head)) {
                    sources.get(format).add(new FileTable.Source(file, display));
                    heads.get(format).add(head);
                    known = true;
                }
            }
            if (!known && !file.getFileName().toString().equalsIgnoreCase("hostname.txt")) {
                unrecognised.add(display);
            }
        }
        Map<String, LogTable> tables = new LinkedHashMap<>();
        for (LogFormat format : formats) {
            tables.put(
                    format.table(),
                    new FileTable(format, format.schema(heads.get(format)), sources.get(format)));
        }
        return new Evidence(root, computer, tables, List.copyOf(unrecognised));
    }

    private static String display(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    private static String hostname(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
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

    /** A table by its exact name. */
    public Optional<LogTable> table(String name) {
        return Optional.ofNullable(tables.get(name));
    }

    /** The files (relative, with {@code /}) that feed a table. */
    public List<String> files(String table) {
        LogTable t = tables.get(table);
        return t == null
                ? List.of()
                : ((FileTable) t).sources().stream().map(FileTable.Source::display).toList();
    }

    /**
     * Files found that no format recognised or that could not be read (relative, with {@code /}).
     */
    public List<String> unrecognised() {
        return unrecognised;
    }
}
