package org.hygiene.lessons.logs.formats;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import org.hygiene.lessons.logs.RawFilter;
import org.hygiene.lessons.logs.RowCursor;
import org.hygiene.lessons.logs.Schema;

/**
 * Stream a generated file of about 1 GB (or {@code -Dbench.mb=N}) through every reader and print
 * MB/s and peak heap. Run with a small heap to show memory stays bounded, via the {@code
 * bench-readers} profile (see docs/benchmarks.md). Data goes to the folder given as argument
 * (target/bench) and is reused between runs.
 */
public final class ReaderBenchmark {
    private ReaderBenchmark() {}

    record Case(String name, LogFormat format, String header, IntFunction<String> record) {}

    static final String UA =
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36"
                    + " (KHTML  like Gecko) Chrome/88.0.4324.190 Safari/537.36";

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/bench");
        long bytes = Long.getLong("bench.mb", 1024L) * 1024 * 1024;
        Files.createDirectories(dir);
        List<Case> cases =
                List.of(
                        new Case(
                                "W3SVC1/u_ex210305.log",
                                new IisLogFormat("EXCH01"),
                                IisLogFormatTest.HEADER,
                                i ->
                                        "2021-03-05 "
                                                + time(i)
                                                + " 10.20.0.15 POST /owa/service.svc action=GetItem"
                                                + "&CorrelationID=<empty>;&cafeReqId="
                                                + guid(i)
                                                + ";&encoding=; 443 user"
                                                + (i % 97)
                                                + "@harbourline.example 10.20.1."
                                                + (i % 250)
                                                + " Mozilla/5.0+(Windows+NT+10.0;+Win64;+x64) - 200"
                                                + " 0 0 "
                                                + (i % 900)
                                                + "\n"),
                        new Case(
                                "Logging/HttpProxy/Owa/HttpProxy_2021030500-1.LOG",
                                new HttpProxyLogFormat(),
                                HttpProxyLogFormatTest.header(HttpProxyLogFormat.FIELDS),
                                ReaderBenchmark::proxy),
                        new Case(
                                "Logging/ECP/Server/ECPServer20210305-1.LOG",
                                new EcpServerLogFormat(),
                                EcpServerLogFormatTest.HEADER,
                                i ->
                                        "2021-03-05T"
                                                + time(i)
                                                + ".123Z,EXCH01,ECP.Request,S:TIME="
                                                + (i % 700)
                                                + ";S:SID=S-1-5-21-1-"
                                                + (i % 90)
                                                + ";S:CMD=Get-Mailbox;S:REQID=;S:URL=/ecp/DDI/"
                                                + "DDIService.svc/GetList?msExchEcpCanary="
                                                + guid(i)
                                                + "&schema=Mailboxes;"
                                                + "S:REFERRER=;S:EX=;S:ACTID="
                                                + guid(i + 1)
                                                + ";S:RS=0;S:BLD=15.1.2106.2;"
                                                + "S:TNAME=<null>;S:TID=;S:USID="
                                                + guid(i + 2)
                                                + ";S:EDOID=;S:ACID=\n"),
                        new Case(
                                "Logging/OABGeneratorLog/OABGeneratorLog_1.LOG",
                                new OabGeneratorLogFormat(),
                                "#Fields: DateTime,Message\n",
                                i ->
                                        "2021-03-05T"
                                                + time(i)
                                                + ".000Z,\"Download failed and temporary file"
                                                + " 'C:\\Program Files\\Microsoft\\Exchange"
                                                + " Server\\V15\\ClientAccess\\OAB\\Temp\\"
                                                + guid(i)
                                                + ".tmp' needs to be removed, retrying.\"\n"),
                        new Case(
                                "Triage/Security.csv",
                                WindowsEventCsvFormat.securityEvent(),
                                WindowsEventCsvFormatTest.HEADER,
                                i ->
                                        WindowsEventCsvFormatTest.PROCESS.replace(
                                                "0x1524", "0x" + Integer.toHexString(i))),
                        new Case(
                                "Triage/Files/listing.csv",
                                new FileListingCsvFormat("EXCH01"),
                                "\"FullName\",\"Length\",\"CreationTimeUtc\",\"LastWriteTimeUtc\",\"Attributes\"\n",
                                i ->
                                        "\"C:\\inetpub\\wwwroot\\aspnet_client\\system_web\\f"
                                                + i
                                                + ".aspx\",\""
                                                + i
                                                + "\",\"2/26/2021 2:23:42 AM\",\"3/1/2021 1:00:00"
                                                + " PM\",\"ReadOnly, Hidden, System, Archive\"\n"));
        System.out.printf(
                Locale.ROOT,
                "%-14s %7s %9s %7s %7s %7s %9s %9s%n",
                "reader",
                "MB",
                "rows",
                "wall s",
                "MB/s",
                "cpu s",
                "MB/cpu-s",
                "peak MiB");
        for (Case c : cases) {
            Path file = dir.resolve(c.name());
            if (!Files.exists(file) || Files.size(file) < bytes) {
                generate(file, c, bytes);
            }
            run(c, file);
        }
        System.out.printf(
                Locale.ROOT,
                "max heap %d MiB, %s%n",
                Runtime.getRuntime().maxMemory() >> 20,
                System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
    }

    private static void generate(Path file, Case c, long bytes) throws IOException {
        Files.createDirectories(file.getParent());
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            byte[] header = c.header().replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
            out.write(header);
            long written = header.length;
            for (int i = 0; written < bytes; i++) {
                byte[] line =
                        c.record().apply(i).replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
                out.write(line);
                written += line.length;
            }
        }
    }

    private static void run(Case c, Path file) throws IOException {
        System.gc();
        List<MemoryPoolMXBean> pools =
                ManagementFactory.getMemoryPoolMXBeans().stream()
                        .filter(p -> p.getType() == MemoryType.HEAP)
                        .toList();
        pools.forEach(MemoryPoolMXBean::resetPeakUsage);
        Schema schema = c.format().schema(List.of(LogFileHead.read(file)));
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        long rows = 0;
        long rejected;
        try (RowCursor cursor = c.format().open(file, file.toString(), schema, RawFilter.ALL)) {
            while (cursor.next() != null) {
                rows++;
            }
            rejected = cursor.rejected();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        long peak = pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        double mb = Files.size(file) / 1e6;
        System.out.printf(
                Locale.ROOT,
                "%-14s %7.0f %9d %7.1f %7.1f %7.1f %9.1f %9d%s%n",
                c.format().table(),
                mb,
                rows,
                seconds,
                mb / seconds,
                cpu,
                mb / cpu,
                peak >> 20,
                rejected > 0 ? "  rejected " + rejected : "");
    }

    private static String time(int i) {
        int s = i % 86_400;
        return String.format(Locale.ROOT, "%02d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
    }

    private static String guid(int i) {
        String h = String.format(Locale.ROOT, "%08x", i * 2_654_435_761L & 0xffffffffL);
        return h + "-7c7e-4628-a0b2-b53c" + h;
    }

    private static String proxy(int i) {
        List<String> f = HttpProxyLogFormat.FIELDS;
        return HttpProxyLogFormatTest.line(
                f,
                "DateTime",
                Instant.parse("2021-03-05T00:00:00Z").plusMillis(i * 37L).toString(),
                "RequestId",
                guid(i),
                "MajorVersion",
                "15",
                "MinorVersion",
                "1",
                "BuildVersion",
                "2106",
                "RevisionVersion",
                "2",
                "Protocol",
                "Owa",
                "UrlHost",
                "mail.harbourline.example",
                "UrlStem",
                "/owa/service.svc",
                "AuthenticationType",
                "FBA",
                "IsAuthenticated",
                "true",
                "AuthenticatedUser",
                "user" + (i % 97) + "@harbourline.example",
                "AnchorMailbox",
                "Sid~S-1-5-21-3842918361-2749162037-1305872904-" + (1100 + i % 97),
                "UserAgent",
                UA,
                "ClientIpAddress",
                "10.20.1." + (i % 250),
                "ServerHostName",
                "EXCH01",
                "HttpStatus",
                "200",
                "BackEndStatus",
                "200",
                "Method",
                "POST",
                "ProxyAction",
                "Proxy",
                "TargetServer",
                "exch01.harbourline.local",
                "RoutingHint",
                "CommonAccessToken-Sid",
                "TotalRequestTime",
                Integer.toString(i % 900),
                "GenericInfo",
                "\"BeginRequest=2021-03-05T00:00:00.000Z;CorrelationID=<empty>;"
                        + "ProxyState-Run=None;FEAuth=BEVersion-1941997017;a,b\"");
    }
}
