package org.hygiene.lessons.check;

import org.jline.terminal.spi.SystemStream;
import org.jline.terminal.spi.TerminalProvider;

/** Whether the process's standard error is a terminal, and how wide, asked of JLine's providers. */
final class StderrTerminal {
    private StderrTerminal() {}

    /** The width of standard error when it is a terminal, else 0. */
    static int width() {
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
}
