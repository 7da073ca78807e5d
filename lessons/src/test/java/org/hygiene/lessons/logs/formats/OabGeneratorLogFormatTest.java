package org.hygiene.lessons.logs.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OabGeneratorLogFormatTest {
    static final String PATH =
            "Program Files/Microsoft/Exchange"
                    + " Server/V15/Logging/OABGeneratorLog/OABGeneratorLog_1.LOG";

    @TempDir Path dir;

    @Test
    void readsTheSyntheticCsvLayoutAndExtractsTheDownloadPath() throws IOException {
        String text =
                """
                # SYNTHETIC SAMPLE
                #Fields: DateTime,Message
                2021-03-11T01:14:05.123Z,"Download failed and temporary file 'C:\\evil\\a.aspx' needs to be removed."
                2021-03-11T01:14:09.000Z,Completed generation
                """;
        Rows.Result r =
                Rows.read(
                        new OabGeneratorLogFormat(),
                        dir,
                        PATH,
                        Rows.concat(Rows.BOM, Rows.crlf(text)));
        assertThat(r.rows()).hasSize(2);
        assertThat(r.row(0).get("TimeGenerated"))
                .isEqualTo(Instant.parse("2021-03-11T01:14:05.123Z"));
        assertThat(r.row(0).get("DownloadPath")).isEqualTo("C:\\evil\\a.aspx");
        assertThat(r.row(1).get("DownloadPath")).isNull();
    }

    @Test
    void readsAFileWithoutFieldsLineByLine() throws IOException {
        String text =
                "2021-03-11T01:14:05.123Z Download failed and temporary file"
                        + " '\\\\host\\share\\x.aspx' needs to be removed\n"
                        + "free text without a time\n";
        Rows.Result r = Rows.read(new OabGeneratorLogFormat(), dir, PATH, Rows.crlf(text));
        assertThat(r.rows()).hasSize(2);
        assertThat(r.row(0).get("DownloadPath")).isEqualTo("\\\\host\\share\\x.aspx");
        assertThat(r.row(1).get("TimeGenerated")).isNull();
        assertThat(r.row(1).get("Message")).isEqualTo("free text without a time");
    }

    @Test
    void rejectsATruncatedQuotedMessage() throws IOException {
        String text = "#Fields: DateTime,Message\n2021-03-11T01:14:05.123Z,\"Download failed";
        Rows.Result r = Rows.read(new OabGeneratorLogFormat(), dir, PATH, Rows.utf8(text));
        assertThat(r.rows()).isEmpty();
        assertThat(r.rejected()).isEqualTo(1);
    }
}
