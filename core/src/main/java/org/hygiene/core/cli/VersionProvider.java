package org.hygiene.core.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** Read the version the build wrote into {@code version.properties}. */
final class VersionProvider implements CommandLine.IVersionProvider {
    static String version() {
        Properties p = new Properties();
        try (InputStream in =
                VersionProvider.class.getResourceAsStream("/org/hygiene/core/version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            // Fall through to "unknown": the version is informational.
        }
        return p.getProperty("version", "unknown");
    }

    @Override
    public String[] getVersion() {
        return new String[] {"hygiene " + version(), "Java " + System.getProperty("java.version")};
    }
}
