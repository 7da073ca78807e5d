package org.hygiene.lessons.logs.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HttpProxyLogFormatTest {
    static final String PATH =
            "Program Files/Microsoft/Exchange"
                    + " Server/V15/Logging/HttpProxy/Ecp/HttpProxy_2021030306-1.LOG";

    @TempDir Path dir;

    static String header(List<String> fields) {
        return "#Software: Microsoft Exchange Server\n#Version: 15.01.2106.002\n"
                + "#Log-type: HttpProxy Logs\n#Date: 2021-03-03T06:00:00.000Z\n#Fields: "
                + String.join(",", fields)
                + "\n";
    }

    /** A CSV line for {@code fields} with the given values and every other field empty. */
    static String line(List<String> fields, String... pairs) {
        List<String> values = new ArrayList<>();
        for (String f : fields) {
            String v = "";
            for (int i = 0; i < pairs.length; i += 2) {
                if (pairs[i].equals(f)) {
                    v = pairs[i + 1];
                }
            }
            values.add(v);
        }
        return String.join(",", values) + "\n";
    }

    static final String[] SSRF = {
        "DateTime", "2021-03-03T06:49:46.210Z",
        "Protocol", "Ecp",
        "UrlStem", "/ecp/y.js",
        "IsAuthenticated", "false",
        "AnchorMailbox", "ServerInfo~a]@exch01.example.local:444/ecp/proxyLogon.ecp?#",
        "UserAgent", "python-requests/2.25.1",
        "ClientIpAddress", "192.0.2.1",
        "HttpStatus", "241",
        "RoutingHint", "X-BEResource-Cookie",
        "GenericInfo", "\"BeginRequest=x;a,b\""
    };

    @Test
    void readsTheSeventyFourFieldsTyped() throws IOException {
        List<String> f = HttpProxyLogFormat.FIELDS;
        assertThat(f).hasSize(74);
        Rows.Result r =
                Rows.read(
                        new HttpProxyLogFormat(),
                        dir,
                        PATH,
                        Rows.concat(Rows.BOM, Rows.crlf(header(f) + line(f, SSRF))));
        assertThat(r.rejected()).isZero();
        var row = r.row(0);
        assertThat(row.get("TimeGenerated")).isEqualTo(Instant.parse("2021-03-03T06:49:46.210Z"));
        assertThat(row.get("HttpStatus")).isEqualTo(241L);
        assertThat(row.get("IsAuthenticated")).isEqualTo(false);
        assertThat(row.get("AnchorMailbox")).asString().startsWith("ServerInfo~a]@");
        assertThat(row.get("GenericInfo")).isEqualTo("BeginRequest=x;a,b");
        assertThat(row.get("AuthenticatedUser")).isEqualTo("");
        assertThat(row.get("BackEndStatus")).isNull();
    }

    @Test
    void mapsAnOlderBuildsShorterHeaderIntoTheSameColumns() throws IOException {
        List<String> older = new ArrayList<>(HttpProxyLogFormat.FIELDS);
        older.removeAll(List.of("UrlHost", "RoutingType", "RoutingStatus"));
        Rows.Result r =
                Rows.read(
                        new HttpProxyLogFormat(),
                        dir,
                        PATH,
                        Rows.crlf(header(older) + line(older, SSRF)));
        var row = r.row(0);
        assertThat(row.schema()).isSameAs(HttpProxyLogFormat.SCHEMA);
        assertThat(row.get("UrlHost")).isNull();
        assertThat(row.get("ClientIpAddress")).isEqualTo("192.0.2.1");
        assertThat(row.get("HttpStatus")).isEqualTo(241L);
    }

    @Test
    void keepsFieldsOfANewerBuildAsExtraStringColumns() throws IOException {
        List<String> newer = new ArrayList<>(HttpProxyLogFormat.FIELDS);
        newer.add("FutureField");
        Rows.Result r =
                Rows.read(
                        new HttpProxyLogFormat(),
                        dir,
                        PATH,
                        Rows.crlf(
                                header(newer)
                                        + line(
                                                newer,
                                                "DateTime",
                                                "2021-03-03T06:49:46.210Z",
                                                "FutureField",
                                                "v")));
        assertThat(r.row(0).get("FutureField")).isEqualTo("v");
    }

    @Test
    void rejectsTruncatedLinesGarbageAndRowsWithoutATime() throws IOException {
        List<String> f = HttpProxyLogFormat.FIELDS;
        String good = line(f, SSRF);
        String text =
                header(f)
                        + good
                        + "garbage\n"
                        + line(f, "Protocol", "Owa")
                        + good.replace("\"BeginRequest", "\"Begin\nRequest")
                        + good.substring(0, 120);
        Rows.Result r = Rows.read(new HttpProxyLogFormat(), dir, PATH, Rows.crlf(text));
        assertThat(r.rows()).hasSize(1);
        assertThat(r.rejected()).isEqualTo(5);
    }

    @Test
    void recognisesByLogTypeOrByFolder() {
        LogFileHead typed = new LogFileHead(List.of("#Log-type: HttpProxy Logs"));
        LogFileHead none = new LogFileHead(List.of("x"));
        HttpProxyLogFormat format = new HttpProxyLogFormat();
        assertThat(format.recognises("/anywhere/a.log", typed)).isTrue();
        assertThat(format.recognises("/x/Logging/HttpProxy/Owa/a.LOG", none)).isTrue();
        assertThat(format.recognises("/x/Logging/Other/a.LOG", none)).isFalse();
    }
}
