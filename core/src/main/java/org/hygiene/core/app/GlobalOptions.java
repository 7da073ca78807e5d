package org.hygiene.core.app;

import java.nio.file.Path;

/** The options every command shares, as given on the command line. */
public final class GlobalOptions {
    public Path content;
    public Path dataDir;
    public String learner;
    public boolean plain;
    public String theme;
    public boolean debug;
}
