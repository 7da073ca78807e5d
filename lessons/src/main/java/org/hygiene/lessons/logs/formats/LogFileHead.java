package org.hygiene.lessons.logs.formats;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The first lines of a file (byte order mark removed), enough to recognise its format and read its
 * header without reading the whole file.
 */
public record LogFileHead(List<String> lines) {
    private static final int MAX_LINES = 12;
    private static final int MAX_LINE = 64 * 1024;

    public static LogFileHead read(Path file) throws IOException {
        return read(Files.newInputStream(file));
    }

    /** The head of the bytes {@code in} holds; {@code in} is closed. */
    public static LogFileHead read(InputStream in) throws IOException {
        try (LineSource source = LineSource.head(in, MAX_LINE)) {
            List<String> lines = new ArrayList<>();
            String line;
            while (lines.size() < MAX_LINES && (line = source.next()) != null) {
                lines.add(line);
            }
            return new LogFileHead(List.copyOf(lines));
        }
    }

    /** The value of a {@code #Name: value} directive among the head lines, or null. */
    public String directive(String name) {
        String prefix = "#" + name + ":";
        for (String line : lines) {
            if (line.startsWith(prefix)) {
                return line.substring(prefix.length()).trim();
            }
        }
        return null;
    }
}
