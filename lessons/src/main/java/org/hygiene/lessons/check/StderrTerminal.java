package org.hygiene.lessons.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jline.terminal.spi.SystemStream;
import org.jline.terminal.spi.TerminalProvider;

/** Whether the process's standard error is a terminal, and how wide, asked of JLine's providers. */
final class StderrTerminal {
    private StderrTerminal() {}

    /** The width of standard error when it is a terminal, else 0. */
    static int width() {
        if (surelyNotATerminal()) {
            return 0;
        }
        for (String name : new String[] {"jni", "exec"}) {
            try {
                TerminalProvider provider = TerminalProvider.load(name);
                if (provider.isSystemStream(SystemStream.Error)) {
                    int width = provider.systemStreamWidth(SystemStream.Error);
                    return width > 0 ? width : 80;
                }
                return 0;
            } catch (Exception | LinkageError e) {
                // Try the next provider; none at all means no progress bar.
            }
        }
        return 0;
    }

    /**
     * Whether Linux says at once that standard error is a file, a pipe or {@code /dev/null}: asking
     * JLine loads its native library first (extracted to a temporary file), about 25 ms of a run
     * whose output goes to a file. Elsewhere, or when in doubt, JLine is asked.
     */
    private static boolean surelyNotATerminal() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return !(target.startsWith("/dev/pts/")
                    || target.startsWith("/dev/tty")
                    || target.startsWith("/dev/console"));
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }
}
