package org.hygiene.content.scenario;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Small helpers for writing the files byte for byte the same on every run and platform. */
final class ScenarioFiles {
    private ScenarioFiles() {}

    static final String CRLF = "\r\n";
    static final DateTimeFormatter ISO_MS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT)
                    .withZone(ZoneOffset.UTC);

    /** PowerShell's en-US rendering of a DateTime in Export-Csv. */
    static final DateTimeFormatter POWERSHELL =
            DateTimeFormatter.ofPattern("M/d/yyyy h:mm:ss a", Locale.US).withZone(ZoneOffset.UTC);

    static String iso(Instant t) {
        return ISO_MS.format(t);
    }

    static String powershell(Instant t) {
        return POWERSHELL.format(t);
    }

    static OutputStream create(Path file) throws IOException {
        java.nio.file.Files.createDirectories(file.getParent());
        return java.nio.file.Files.newOutputStream(file);
    }

    static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
    }

    static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
}
