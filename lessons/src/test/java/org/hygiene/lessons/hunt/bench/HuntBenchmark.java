package org.hygiene.lessons.hunt.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.hygiene.lessons.evidence.Evidence;
import org.hygiene.lessons.hunt.HuntEngine;
import org.hygiene.lessons.hunt.QueryResult;

/**
 * The hunt benchmark of docs/benchmarks.md: generate a large HttpProxy and IIS log set from the
 * scenario's lines (not committed), then time the issue's query against {@code grep -c} over the
 * same files in the same run. Run on demand with {@code -Xmx256m}; see docs/benchmarks.md.
 */
public final class HuntBenchmark {
    static final String QUERY =
            "HttpProxy | where AnchorMailbox startswith \"ServerInfo~\" | summarize count() by"
                    + " ClientIpAddress";

    /** The same answer through a function call, which the raw pre-filter cannot use. */
    static final String QUERY_UNFILTERED =
            "HttpProxy | where tolower(AnchorMailbox) startswith \"serverinfo~\" | summarize"
                    + " count() by ClientIpAddress";

    private HuntBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/hunt-bench");
        Path samples = Path.of(args.length > 1 ? args[1] : "content/course/samples/harbourline");
        long mib = args.length > 2 ? Long.parseLong(args[2]) : 1024;
        if (!Files.exists(out.resolve(".complete"))) {
            generate(samples, out, mib * 1024 * 1024);
        }
        long proxyBytes = bytes(out.resolve("Program Files"));
        long allBytes = bytes(out);
        System.out.printf(
                Locale.ROOT,
                "set: %.0f MiB (HttpProxy %.0f MiB), max heap %d MiB%n",
                allBytes / 1048576.0,
                proxyBytes / 1048576.0,
                Runtime.getRuntime().maxMemory() / 1048576);
        grep(out);
        run(out, QUERY);
        double grepSeconds = median(3, () -> grep(out));
        double querySeconds = median(3, () -> run(out, QUERY));
        double unfilteredSeconds = median(1, () -> run(out, QUERY_UNFILTERED));
        System.out.printf(
                Locale.ROOT,
                "grep -c 'ServerInfo~' (all files): %.2f s, %.0f MB/s%n",
                grepSeconds,
                allBytes / 1e6 / grepSeconds);
        System.out.printf(
                Locale.ROOT,
                "hunt query (pre-filtered): %.2f s, %.0f MB/s of HttpProxy, %.0f MB/s of the set,"
                        + " %.2fx grep%n",
                querySeconds,
                proxyBytes / 1e6 / querySeconds,
                allBytes / 1e6 / querySeconds,
                querySeconds / grepSeconds);
        System.out.printf(
                Locale.ROOT,
                "hunt query (no pre-filter possible): %.2f s, %.0f MB/s of HttpProxy%n",
                unfilteredSeconds,
                proxyBytes / 1e6 / unfilteredSeconds);
        System.out.printf(
                Locale.ROOT,
                "peak heap %.0f MiB, peak RSS %s%n",
                peakHeap() / 1048576.0,
                peakRss());
    }

    interface Timed {
        void run() throws Exception;
    }

    private static double median(int runs, Timed t) throws Exception {
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            t.run();
            times.add((System.nanoTime() - start) / 1e9);
        }
        times.sort(null);
        return times.get(times.size() / 2);
    }

    private static void run(Path out, String query) throws Exception {
        QueryResult r = HuntEngine.over(Evidence.scan(out).tables()).run(query);
        long total = 0;
        for (Object n : r.column("count_")) {
            total += (Long) n;
        }
        System.out.println("  hunt: " + r.totalRows() + " addresses, " + total + " rows");
    }

    private static void grep(Path out) throws Exception {
        Process p =
                new ProcessBuilder("grep", "-r", "-c", "ServerInfo~", out.toString())
                        .redirectErrorStream(true)
                        .start();
        long total = 0;
        for (String line :
                new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
            int colon = line.lastIndexOf(':');
            if (colon > 0) {
                total += Long.parseLong(line.substring(colon + 1).strip());
            }
        }
        p.waitFor();
        System.out.println("  grep: " + total + " lines");
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    private static String peakRss() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.exists(status)) {
            return "n/a";
        }
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith("VmHWM:")) {
                return line.substring(6).strip();
            }
        }
        return "n/a";
    }

    private static long bytes(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    /**
     * Write half the bytes as HttpProxy files and half as IIS files, cycling the scenario's lines.
     */
    static void generate(Path samples, Path out, long total) throws IOException {
        List<Path> proxyFiles = files(samples.resolve("Program Files"), ".LOG", "HttpProxy");
        List<Path> iisFiles = files(samples.resolve("inetpub"), ".log", "W3SVC1");
        write(
                proxyFiles,
                out.resolve("Program Files/Microsoft/Exchange Server/V15/Logging/HttpProxy/Ecp"),
                "HttpProxy_20210301%02d-1.LOG",
                total / 2);
        write(iisFiles, out.resolve("inetpub/logs/LogFiles/W3SVC1"), "u_ex2103%02d.log", total / 2);
        Files.writeString(out.resolve(".complete"), "");
    }

    private static List<Path> files(Path root, String suffix, String under) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> p.toString().endsWith(suffix) && p.toString().contains(under))
                    .sorted()
                    .toList();
        }
    }

    private static void write(List<Path> templates, Path dir, String name, long bytes)
            throws IOException {
        Files.createDirectories(dir);
        List<String> header = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        for (Path t : templates) {
            for (String line : Files.readAllLines(t, StandardCharsets.UTF_8)) {
                if (line.startsWith("#")) {
                    if (lines.isEmpty() && header.size() < 5) {
                        header.add(line);
                    }
                } else if (!line.isBlank()) {
                    lines.add(line);
                }
            }
        }
        long perFile = 64L * 1024 * 1024;
        long written = 0;
        int at = 0;
        for (int file = 1; written < bytes; file++) {
            try (BufferedWriter w =
                    Files.newBufferedWriter(
                            dir.resolve(String.format(name, file)), StandardCharsets.UTF_8)) {
                long inFile = 0;
                for (String h : header) {
                    w.write(h);
                    w.write("\r\n");
                }
                while (inFile < perFile && written < bytes) {
                    String line = lines.get(at++ % lines.size());
                    w.write(line);
                    w.write("\r\n");
                    inFile += line.length() + 2;
                    written += line.length() + 2;
                }
            }
        }
    }
}
