package org.hygiene.lessons.hunt.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.hygiene.lessons.logs.LogTable;

/**
 * Find the log tables in a folder laid out like an Exchange server's, or in one archive of it (the
 * evidence scanner does this).
 */
@FunctionalInterface
public interface TableSource {
    Opened open(Path folder) throws IOException;

    /**
     * The tables found, how many log files feed them, and sentences (for the banner, or standard
     * error with {@code -q}) about the files that could not be read and about the other files,
     * those no log format reads.
     */
    record Opened(
            List<LogTable> tables, int logFiles, List<String> skipped, List<String> otherFiles) {
        public Opened {
            tables = List.copyOf(tables);
            skipped = List.copyOf(skipped);
            otherFiles = List.copyOf(otherFiles);
        }
    }
}
