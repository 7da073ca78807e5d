package org.hygiene.lessons.check;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hygiene.core.text.CsvWriter;

/**
 * CSV output: every finding on standard output ({@code --format csv}), and {@code --out DIR}, which
 * writes Test-ProxyLogon's files under their names ({@code <Computer>-Cve-2021-26855.csv}, ...)
 * with its columns, quoted as PowerShell's {@code Export-Csv} quotes them.
 */
final class CsvOut {
    static final List<String> AGE_SOURCES =
            List.of(
                    "OabGen",
                    "Ecp",
                    "AutoD",
                    "Eas",
                    "EcpProxy",
                    "Ews",
                    "Mapi",
                    "Oab",
                    "Owa",
                    "OwaCal",
                    "Powershell",
                    "RpcHttp");

    private CsvOut() {}

    /** One row per finding of every kind, for spreadsheets. */
    static void all(Results r, Appendable out) throws IOException {
        out.append(row(List.of("Check", "Kind", "Time", "Address", "File", "Line", "Detail")));
        for (FindingKind kind : FindingKind.values()) {
            for (Finding f : r.findings(kind)) {
                out.append(
                        row(
                                List.of(
                                        kind.check().id(),
                                        kind.name(),
                                        RowText.text(f.time()),
                                        f.address(),
                                        f.file(),
                                        Long.toString(f.line()),
                                        String.join(" | ", f.values()))));
            }
        }
    }

    /** Write the per-kind files into {@code dir}; returns the files written. */
    static List<Path> write(Results r, String computer, Path dir) throws IOException {
        Files.createDirectories(dir);
        String prefix = safe(computer.isEmpty() ? "unknown" : computer) + "-";
        List<Path> written = new ArrayList<>();
        for (FindingKind kind :
                List.of(
                        FindingKind.SSRF,
                        FindingKind.RESET_VDIR,
                        FindingKind.UM_ERROR,
                        FindingKind.IIS_HEURISTIC)) {
            List<Finding> list = r.findings(kind);
            if (!list.isEmpty()) {
                List<List<String>> rows = new ArrayList<>();
                list.forEach(f -> rows.add(f.values()));
                written.add(csv(dir.resolve(prefix + kind.file()), kind.columns(), rows));
            }
        }
        List<List<String>> other = new ArrayList<>();
        r.findings(FindingKind.LSASS_DUMP).forEach(f -> other.add(f.values()));
        r.findings(FindingKind.SUSPICIOUS_ARCHIVE).forEach(f -> other.add(f.values()));
        if (!other.isEmpty()) {
            written.add(csv(dir.resolve(prefix + "other.csv"), List.of("Type", "Path"), other));
        }
        written.addAll(
                paths(r, FindingKind.ECP_SCRIPT, dir.resolve(prefix + "Cve-2021-27065.log")));
        List<Finding> oab = r.findings(FindingKind.OAB_DOWNLOAD);
        if (!oab.isEmpty()) {
            written.addAll(
                    paths(r, FindingKind.OAB_DOWNLOAD, dir.resolve(prefix + "Cve-2021-26858.log")));
            Set<String> downloads = new LinkedHashSet<>();
            oab.forEach(f -> downloads.add(f.values().get(1)));
            written.add(lines(dir.resolve(prefix + "Cve-2021-26858-DownloadPaths.log"), downloads));
        }
        written.add(ages(r, dir.resolve(prefix + "LogAgeDays.csv")));
        return written;
    }

    /** The files the hits were found in, one per line, as the script writes them. */
    private static List<Path> paths(Results r, FindingKind kind, Path file) throws IOException {
        Set<String> files = new LinkedHashSet<>();
        r.findings(kind).forEach(f -> files.add(f.file()));
        return files.isEmpty() ? List.of() : List.of(lines(file, files));
    }

    private static Path ages(Results r, Path file) throws IOException {
        List<String> days = new ArrayList<>();
        for (String source : AGE_SOURCES) {
            days.add(
                    r.ages().stream()
                            .filter(a -> a.source().equals(source) && a.oldest() != null)
                            .map(
                                    a ->
                                            Long.toString(
                                                    java.time.Duration.between(
                                                                    a.oldest(), a.newest())
                                                            .toDays()))
                            .findFirst()
                            .orElse(""));
        }
        return csv(file, AGE_SOURCES, List.of(days));
    }

    private static Path csv(Path file, List<String> header, List<List<String>> rows)
            throws IOException {
        try (Writer w = ProxyLogonFiles.create(file)) {
            w.write(row(header));
            for (List<String> row : rows) {
                w.write(row(row));
            }
        }
        return file;
    }

    private static Path lines(Path file, Iterable<String> lines) throws IOException {
        try (Writer w = ProxyLogonFiles.create(file)) {
            for (String line : lines) {
                w.write(line.replace('\n', ' ').replace('\r', ' '));
                w.write("\r\n");
            }
        }
        return file;
    }

    /** One record quoted as Export-Csv quotes, with the formula guard every CSV of ours has. */
    static String row(List<String> values) {
        return CsvWriter.record(values, CsvWriter.Quoting.ALL);
    }

    /** A computer name made safe as a file name prefix. */
    static String safe(String name) {
        StringBuilder b = new StringBuilder();
        for (char c : name.toCharArray()) {
            b.append(Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.' ? c : '_');
        }
        String s = b.toString();
        return s.isEmpty() || s.startsWith(".") ? "_" + s : s;
    }
}
