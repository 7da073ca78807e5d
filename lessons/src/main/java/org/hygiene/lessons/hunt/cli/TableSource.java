package org.hygiene.lessons.hunt.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.hygiene.lessons.logs.LogTable;

/** Find the log tables in a folder laid out like an Exchange server's (the log readers do this). */
@FunctionalInterface
public interface TableSource {
    List<LogTable> open(Path folder) throws IOException;
}
