package org.hygiene.lessons.check;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.hygiene.lessons.logs.formats.EcpServerLogFormat;
import org.hygiene.lessons.logs.formats.FileListingCsvFormat;
import org.hygiene.lessons.logs.formats.HttpProxyLogFormat;
import org.hygiene.lessons.logs.formats.IisLogFormat;
import org.hygiene.lessons.logs.formats.LogFormat;
import org.hygiene.lessons.logs.formats.OabGeneratorLogFormat;
import org.hygiene.lessons.logs.formats.WindowsEventCsvFormat;

/**
 * Run the ProxyLogon checks over folders of evidence: walk them, then read the files on several
 * threads, each with its own buffers, so memory stays bounded whatever the size of the logs.
 */
final class LogCheck {
    /** The default {@code %ExchangeInstallPath%}. */
    static final String DEFAULT_INSTALL_PATH =
            "C:\\Program Files\\Microsoft\\Exchange Server\\V15\\";

    /** What the run reports as it goes. */
    interface Listener {
        void started(long files, long bytes);

        void bytes(long n);

        void fileDone();
    }

    private final String installPath;
    private final int threads;
    private final ItemReader.Opener opener;

    LogCheck(String installPath, int threads) {
        this(installPath, threads, java.nio.file.Files::newInputStream);
    }

    LogCheck(String installPath, int threads, ItemReader.Opener opener) {
        this.installPath = installPath;
        this.threads = Math.max(1, threads);
        this.opener = opener;
    }

    Results run(List<Path> roots, Listener listener) throws IOException {
        Results results = new Results();
        List<EvidenceWalker.Item> items = EvidenceWalker.files(roots, results);
        long total = 0;
        for (EvidenceWalker.Item item : items) {
            total += item.size();
        }
        results.addBytes(total);
        listener.started(items.size(), total);
        AtomicInteger next = new AtomicInteger();
        LineRules rules = new LineRules(installPath);
        Runnable worker =
                () -> {
                    ItemReader reader =
                            new ItemReader(
                                    opener,
                                    formats(results.computer()),
                                    new FileCheck(rules, results),
                                    new ExportCheck(results),
                                    results,
                                    listener::bytes);
                    int i;
                    while ((i = next.getAndIncrement()) < items.size()) {
                        reader.read(items.get(i));
                        listener.fileDone();
                    }
                };
        int n = Math.min(threads, Math.max(1, items.size()));
        List<Thread> pool = new ArrayList<>();
        for (int t = 1; t < n; t++) {
            Thread thread = new Thread(worker, "hygiene-check-" + t);
            thread.setDaemon(true);
            thread.start();
            pool.add(thread);
        }
        worker.run();
        for (Thread thread : pool) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
        }
        return results;
    }

    /** The formats a file may be in, most specific first. */
    static List<LogFormat> formats(String computer) {
        return List.of(
                new HttpProxyLogFormat(),
                new EcpServerLogFormat(),
                new OabGeneratorLogFormat(),
                new IisLogFormat(computer),
                WindowsEventCsvFormat.event(),
                new FileListingCsvFormat(computer));
    }
}
