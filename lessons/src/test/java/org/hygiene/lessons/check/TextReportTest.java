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
    }
}
