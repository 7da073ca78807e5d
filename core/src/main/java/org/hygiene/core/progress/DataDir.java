package org.hygiene.core.progress;

import java.nio.file.Path;
import java.util.Map;

/** Decide where learner data lives, following the XDG convention and its Windows equivalent. */
public final class DataDir {
    private DataDir() {}

    /**
     * Resolve the data folder: {@code --data-dir}, then {@code HYGIENE_HOME}, then {@code
     * $XDG_DATA_HOME/hygiene}, {@code %APPDATA%\hygiene} on Windows, else {@code
     * ~/.local/share/hygiene}.
     */
    public static Path resolve(
            Path option, Map<String, String> env, String osName, String userHome) {
        if (option != null) {
            return option;
        }
        if (notBlank(env.get("HYGIENE_HOME"))) {
            return Path.of(env.get("HYGIENE_HOME"));
        }
        if (notBlank(env.get("XDG_DATA_HOME"))) {
            return Path.of(env.get("XDG_DATA_HOME"), "hygiene");
        }
        if (osName.toLowerCase(java.util.Locale.ROOT).startsWith("windows")
                && notBlank(env.get("APPDATA"))) {
            return Path.of(env.get("APPDATA"), "hygiene");
        }
        return Path.of(userHome, ".local", "share", "hygiene");
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
