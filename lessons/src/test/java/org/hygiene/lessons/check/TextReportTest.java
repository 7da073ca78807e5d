package org.hygiene.lessons.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The check's report for people: the same bytes whatever order the workers found things in. */
class TextReportTest {
    private static Finding ssrf(String address, int line) {
        List<String> values = new ArrayList<>(Collections.nCopies(12, "x"));
        values.set(7, "ServerInfo~" + "a".repeat(60) + "/autodiscover/autodiscover.xml?=&x=y");
        values.set(8, "/ecp/" + "b".repeat(50) + ".js");
        return new Finding(
                FindingKind.SSRF,
                Instant.parse("2021-03-03T06:00:00Z").plusSeconds(line),
                address,
                "Exchange/Logging/HttpProxy/Ecp/HttpProxy_2021030306-1.LOG",
                line,
                values);
    }

    private static String report(List<Finding> findings) {
        Results r = new Results();
        findings.forEach(r::add);
        StringWriter out = new StringWriter();
        TextReport.print(r, "EXCH01", Duration.ofSeconds(1), new PrintWriter(out, true));
        return out.toString();
    }

    @Test
    void addressesWithEqualCountsAreListedInOneOrderWhateverOrderTheyWereFound() {
        List<Finding> found = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            found.add(ssrf("203.0.113." + (10 + i), 100 + i));
        }
        List<Finding> reversed = new ArrayList<>(found);
        Collections.reverse(reversed);

        String one = report(found);

        assertThat(report(reversed)).isEqualTo(one);
        assertThat(one).contains("from 8 addresses: 203.0.113.10 (1), 203.0.113.11 (1)");
    }

    @Test
    void everyLineFitsEightyColumnsWithLongValuesWrappedUnderAnIndent() {
        List<Finding> many = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            many.add(ssrf("203.0.113.10", i * 4000)); // a span of days: a long "hits" line
        }
        String text = report(many);

        assertThat(text.lines()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(80));
        assertThat(text).contains("HttpProxy_2021030306-1.LOG:1").contains("\n          ");
        assertThat(text.lines()).noneMatch(l -> l.matches(".* [0-9]{4}-[0-9]{2}-[0-9]{2}"));
    }

    @Test
    void aLongPathIsKeptWholeAtItsSpacesAndOnlySplitAfterASeparator() {
        String where =
                "D:/evidence/EXCH01/Program Files/Microsoft/Exchange Server/V15/Logging/HttpProxy/"
                        + "Ecp/HttpProxy_2021030306-1.LOG";
        Finding f = ssrf("203.0.113.10", 7);
        String text =
                report(List.of(new Finding(f.kind(), f.time(), f.address(), where, 7, f.values())));

        assertThat(text.lines()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(80));
        assertThat(text.lines())
                .noneSatisfy(l -> assertThat(l).endsWith("Program"))
                .noneSatisfy(l -> assertThat(l).endsWith("Exchange"));
        assertThat(text)
                .contains("      D:/evidence/EXCH01/Program Files/Microsoft/Exchange Server/V15/")
                .contains(
                        "Exchange Server/V15/Logging/\n"
                                + "          HttpProxy/Ecp/HttpProxy_2021030306-1.LOG:7\n");
    }

    @Test
    void suspiciousFilesAndTheLogAgeTableFitEightyColumnsInAlignedColumns() {
        Results r = new Results();
        String archive =
                "C:\\ProgramData\\Harbourline\\ConfigBackup\\exchange-config-2021-01-31.zip";
        r.add(
                new Finding(
                        FindingKind.SUSPICIOUS_ARCHIVE,
                        null,
                        "",
                        "files.csv",
                        3,
                        List.of("SuspiciousArchive", archive)));
        r.read("W3CIISLog", "IIS Exchange Back End");
        r.seen("IIS Exchange Back End", Instant.parse("2021-02-20T06:30:26Z"));
        r.seen("IIS Exchange Back End", Instant.parse("2021-03-19T10:03:48Z"));
        r.read("HttpProxy", "AutoD");
        r.seen("AutoD", Instant.parse("2021-02-22T07:03:38Z"));
        r.seen("AutoD", Instant.parse("2021-03-19T09:59:16Z"));
        StringWriter out = new StringWriter();
        TextReport.print(r, "EXCH01", Duration.ofSeconds(1), new PrintWriter(out, true));
        String text = out.toString();

        assertThat(text.lines()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(80));
        assertThat(text)
                .contains("    SuspiciousArchive:\n      " + archive + "\n")
                .contains(
                        """
                          How far back the logs go (UTC):
                            Source                 Oldest            Newest             Days  Files
                            AutoD                  2021-02-22 07:03  2021-03-19 09:59     25      1
                            IIS Exchange Back End  2021-02-20 06:30  2021-03-19 10:03     27      1
                        """);
    }
}
