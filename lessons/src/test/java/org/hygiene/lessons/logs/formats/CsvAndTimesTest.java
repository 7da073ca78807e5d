package org.hygiene.lessons.logs.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvAndTimesTest {
    @Test
    void splitsQuotedFieldsWithCommasQuotesAndLineBreaks() {
        List<String> out = new ArrayList<>();
        assertThat(Csv.split("a,\"b, c\",\"say \"\"hi\"\"\",\"x\ny\",", out)).isTrue();
        assertThat(out).containsExactly("a", "b, c", "say \"hi\"", "x\ny", "");
    }

    @Test
    void reportsAnUnclosedQuote() {
        List<String> out = new ArrayList<>();
        assertThat(Csv.split("a,\"b,c", out)).isFalse();
        assertThat(Csv.openQuote("\"a\"\"b")).isTrue();
        assertThat(Csv.openQuote("\"a\"\"b\"")).isFalse();
    }

    @Test
    void parsesEveryTimestampShapeOfTheLogsAsUtc() {
        Instant expected = Instant.parse("2021-03-03T06:49:42.162Z");
        assertThat(Times.parse("2021-03-03T06:49:42.162Z")).isEqualTo(expected);
        assertThat(Times.parse("2021-03-03T07:49:42.162+01:00")).isEqualTo(expected);
        assertThat(Times.parse("2021-03-03 06:49:42"))
                .isEqualTo(Instant.parse("2021-03-03T06:49:42Z"));
        assertThat(Times.parse("3/3/2021 6:49:42 AM"))
                .isEqualTo(Instant.parse("2021-03-03T06:49:42Z"));
        assertThat(Times.parse("3/3/2021 12:05:00 PM"))
                .isEqualTo(Instant.parse("2021-03-03T12:05:00Z"));
        assertThat(Times.parse("3/3/2021 12:05:00 AM"))
                .isEqualTo(Instant.parse("2021-03-03T00:05:00Z"));
    }

    @Test
    void rejectsMalformedTimestampsWithNull() {
        for (String bad :
                List.of(
                        "",
                        "garbage",
                        "2021-13-03T06:49:42Z",
                        "2021-02-30 00:00:00",
                        "2021-03-03T25:00:00Z",
                        "3/3/2021",
                        "13/45/2021 1:00:00 AM",
                        "2021-03-03T06:49:42.Z",
                        "2021-03-03T06:49:42X")) {
            assertThat(Times.parse(bad)).as(bad).isNull();
        }
    }
}
