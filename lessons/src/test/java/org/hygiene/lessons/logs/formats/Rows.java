package org.hygiene.lessons.logs.formats;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hygiene.lessons.logs.RawFilter;
import org.hygiene.lessons.logs.Row;
import org.hygiene.lessons.logs.RowCursor;
import org.hygiene.lessons.logs.Schema;

/** Test helper: write a log file and read it back through a format. */
final class Rows {
    record Result(List<Row> rows, long rejected) {
        Row row(int i) {
            return rows.get(i);
        }
    }

    private Rows() {}

    static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /** UTF-8 bytes of {@code text} with LF turned into CRLF. */
    static byte[] crlf(String text) {
        return text.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    static Path write(Path dir, String relative, byte[] bytes) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        return file;
    }

    static Result read(LogFormat format, Path dir, String relative, byte[] bytes)
            throws IOException {
        return read(format, dir, relative, bytes, RawFilter.ALL);
    }

    static Result read(LogFormat format, Path dir, String relative, byte[] bytes, RawFilter filter)
            throws IOException {
        Path file = write(dir, relative, bytes);
        assertRecognised(format, relative, file);
        Schema schema = format.schema(List.of(LogFileHead.read(file)));
        List<Row> rows = new ArrayList<>();
        try (RowCursor cursor = format.open(file, relative, schema, filter)) {
            Row row;
            while ((row = cursor.next()) != null) {
                rows.add(row);
            }
            return new Result(rows, cursor.rejected());
        }
    }

    private static void assertRecognised(LogFormat format, String relative, Path file)
            throws IOException {
        if (!format.recognises("/" + relative, LogFileHead.read(file))) {
            throw new AssertionError(format.table() + " does not recognise " + relative);
        }
    }
}
