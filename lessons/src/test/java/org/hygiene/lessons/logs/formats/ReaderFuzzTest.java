package org.hygiene.lessons.logs.formats;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.hygiene.lessons.logs.ColumnType;
import org.hygiene.lessons.logs.RawFilter;
import org.hygiene.lessons.logs.Row;
import org.hygiene.lessons.logs.RowCursor;
import org.hygiene.lessons.logs.Schema;

/**
 * Feed every reader arbitrary bytes behind a plausible header: it must never throw anything but an
 * I/O error, and every value it returns must have its column's type. Runs its seeds in {@code mvn
 * test}; fuzz for real with {@code JAZZER_FUZZ=1}.
 */
class ReaderFuzzTest {
    private static void check(LogFormat format, String name, String header, FuzzedDataProvider data)
            throws IOException {
        boolean withHeader = data.consumeBoolean();
        byte[] body = data.consumeRemainingAsBytes();
        Path dir = Files.createTempDirectory("fuzz");
        Path file = dir.resolve(name);
        try {
            Files.write(file, withHeader ? Rows.concat(Rows.utf8(header), body) : body);
            Schema schema = format.schema(List.of(LogFileHead.read(file)));
            try (RowCursor cursor = format.open(file, name, schema, RawFilter.ALL)) {
                Row row;
                while ((row = cursor.next()) != null) {
                    for (int i = 0; i < schema.size(); i++) {
                        assertTyped(schema.column(i).type(), row.get(i));
                    }
                }
                assertThat(cursor.rejected()).isNotNegative();
            }
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir);
        }
    }

    private static void assertTyped(ColumnType type, Object value) {
        if (value == null) {
            return;
        }
        Class<?> expected =
                switch (type) {
                    case STRING -> String.class;
                    case LONG -> Long.class;
                    case REAL -> Double.class;
                    case DATETIME -> Instant.class;
                    case BOOL -> Boolean.class;
                };
        assertThat(value).isInstanceOf(expected);
    }

    @FuzzTest(maxDuration = "10s")
    void iisReaderSurvivesAnyInput(FuzzedDataProvider data) throws IOException {
        check(new IisLogFormat("H"), "u_ex210305.log", IisLogFormatTest.HEADER, data);
    }

    @FuzzTest(maxDuration = "10s")
    void httpProxyReaderSurvivesAnyInput(FuzzedDataProvider data) throws IOException {
        check(
                new HttpProxyLogFormat(),
                "HttpProxy.LOG",
                HttpProxyLogFormatTest.header(HttpProxyLogFormat.FIELDS),
                data);
    }

    @FuzzTest(maxDuration = "10s")
    void ecpServerReaderSurvivesAnyInput(FuzzedDataProvider data) throws IOException {
        check(new EcpServerLogFormat(), "ECPServer.LOG", EcpServerLogFormatTest.HEADER, data);
    }

    @FuzzTest(maxDuration = "10s")
    void oabGeneratorReaderSurvivesAnyInput(FuzzedDataProvider data) throws IOException {
        check(new OabGeneratorLogFormat(), "OAB.LOG", "#Fields: DateTime,Message\n", data);
    }

    @FuzzTest(maxDuration = "10s")
    void securityEventReaderSurvivesAnyInput(FuzzedDataProvider data) throws IOException {
        check(
                WindowsEventCsvFormat.securityEvent(),
                "s.csv",
                WindowsEventCsvFormatTest.HEADER,
                data);
    }

    @FuzzTest(maxDuration = "10s")
    void eventReaderSurvivesAnyInput(FuzzedDataProvider data) throws IOException {
        check(WindowsEventCsvFormat.event(), "e.csv", WindowsEventCsvFormatTest.HEADER, data);
    }

    @FuzzTest(maxDuration = "10s")
    void fileListingReaderSurvivesAnyInput(FuzzedDataProvider data) throws IOException {
        check(
                new FileListingCsvFormat("H"),
                "f.csv",
                "\"FullName\",\"Length\",\"CreationTimeUtc\",\"LastWriteTimeUtc\",\"Attributes\"\n",
                data);
    }
}
