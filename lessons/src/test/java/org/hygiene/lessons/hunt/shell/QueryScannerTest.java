package org.hygiene.lessons.hunt.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QueryScannerTest {
    private static String code(String s) {
        StringBuilder b = new StringBuilder();
        QueryScanner.scan(s, (i, c) -> b.append(c));
        return b.toString();
    }

    @Test
    void stringsAndCommentsAreSkippedAndTheRestIsCode() {
        assertThat(code("T | where a == \"(;\" and b == '(' // (;\n| count"))
                .isEqualTo("T | where a ==  and b ==  \n| count");
    }

    @Test
    void aBackslashEscapesAQuoteExceptInAVerbatimString() {
        assertThat(code("x(\"a\\\"(\")")).isEqualTo("x()");
        assertThat(code("x(@\"C:\\\")")).isEqualTo("x(@)");
    }

    @Test
    void anUnclosedStringOrCommentRunsToTheEnd() {
        assertThat(code("f(\"abc")).isEqualTo("f(");
        assertThat(code("f( // note")).isEqualTo("f( ");
    }

    @Test
    void aSemicolonInACommentDoesNotEndALetStatement() {
        assertThat(
                        QueryEnter.onEnter(
                                "let x = 1 // done;\n;",
                                QueryEnter.Input.TYPED,
                                w -> false,
                                w -> false))
                .isEqualTo(QueryEnter.Step.CONTINUE);
    }
}
