package org.hygiene.lessons.logs.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileListingCsvFormatTest {
    static final String TEXT =
            """
            "FullName","Length","CreationTimeUtc","LastWriteTimeUtc","Attributes","SHA256"
            "C:\\inetpub\\wwwroot\\aspnet_client\\system_web","","6/11/2019 2:22:51 PM","6/11/2019 2:22:51 PM","Directory",""
            "C:\\x\\owa\\auth\\shell.aspx","2291","2/26/2021 2:23:42 AM","2/26/2021 2:23:42 AM","ReadOnly, Hidden, System, Archive","AB12"
            """;

    @TempDir Path dir;

    @Test
    void readsTheListingWithQuotedCommasAndDerivedNameColumns() throws IOException {
        Rows.Result r =
                Rows.read(
                        new FileListingCsvFormat("EXCH01"),
                        dir,
                        "Triage/Files/l.csv",
                        Rows.concat(Rows.BOM, Rows.crlf(TEXT)));
        assertThat(r.rows()).hasSize(2);
        var dirRow = r.row(0);
        assertThat(dirRow.get("Length")).isNull();
        assertThat(dirRow.get("Attributes")).isEqualTo("Directory");
        var shell = r.row(1);
        assertThat(shell.get("Attributes")).isEqualTo("ReadOnly, Hidden, System, Archive");
        assertThat(shell.get("Length")).isEqualTo(2291L);
        assertThat(shell.get("Name")).isEqualTo("shell.aspx");
        assertThat(shell.get("Extension")).isEqualTo(".aspx");
        assertThat(shell.get("Directory")).isEqualTo("C:\\x\\owa\\auth");
        assertThat(shell.get("SHA256")).isEqualTo("AB12");
        assertThat(shell.get("TimeGenerated")).isEqualTo(Instant.parse("2021-02-26T02:23:42Z"));
        assertThat(shell.get("Computer")).isEqualTo("EXCH01");
    }

    @Test
    void worksWithoutTheHashColumnAndRejectsBrokenRecords() throws IOException {
        String text =
                "\"FullName\",\"Length\",\"LastWriteTimeUtc\"\n"
                        + "\"C:\\a.zip\",\"12\",\"3/1/2021 1:00:00 PM\"\n"
                        + "\"broken\"\n"
                        + "\"C:\\b.zip\",\"oops\",\"not a date\"\n"
                        + "\"C:\\c.zip\",\"1";
        Rows.Result r = Rows.read(new FileListingCsvFormat(""), dir, "l.csv", Rows.crlf(text));
        assertThat(r.rows()).hasSize(2);
        assertThat(r.rejected()).isEqualTo(2);
        assertThat(r.row(0).get("SHA256")).isNull();
        assertThat(r.row(1).get("Length")).isNull();
        assertThat(r.row(1).get("TimeGenerated")).isNull();
    }
}
