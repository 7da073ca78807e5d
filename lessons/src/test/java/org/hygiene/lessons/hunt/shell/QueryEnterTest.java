package org.hygiene.lessons.hunt.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.hygiene.lessons.hunt.shell.QueryEnter.Input;
import org.hygiene.lessons.hunt.shell.QueryEnter.Step;
import org.junit.jupiter.api.Test;

class QueryEnterTest {
    private static final Set<String> COMMANDS = Set.of("answer", "hint", ".quit");

    private static Step enter(String buffer, Input input) {
        return QueryEnter.onEnter(buffer, input, COMMANDS::contains, Set.of("HttpProxy")::contains);
    }

    @Test
    void aLoneTableNameTypedByHandWaitsForItsOperators() {
        assertThat(enter("HttpProxy", Input.TYPED)).isEqualTo(Step.CONTINUE);
        assertThat(enter("HttpProxy\n", Input.TYPED)).isEqualTo(Step.RUN);
    }

    @Test
    void aLoneWordThatIsNoTableRunsToBeToldWhatItIsNot() {
        assertThat(enter("back", Input.TYPED)).isEqualTo(Step.RUN);
        assertThat(enter("HttpProxyy", Input.TYPED)).isEqualTo(Step.RUN);
    }

    @Test
    void aOneLineQueryRunsAtOnce() {
        assertThat(enter("HttpProxy | take 3", Input.TYPED)).isEqualTo(Step.RUN);
    }

    @Test
    void linesStartingWithAPipeRunAtAnEmptyLine() {
        assertThat(enter("HttpProxy\n| where Protocol == \"Owa\"", Input.TYPED))
                .isEqualTo(Step.CONTINUE);
        assertThat(enter("HttpProxy\n| where Protocol == \"Owa\"\n| take 10\n  ", Input.TYPED))
                .isEqualTo(Step.RUN);
    }

    @Test
    void trailingPipesSayThemselvesWhenTheQueryGoesOn() {
        assertThat(enter("W3CIISLog |", Input.TYPED)).isEqualTo(Step.CONTINUE);
        assertThat(enter("W3CIISLog |\nwhere cIP == \"x\" |", Input.TYPED))
                .isEqualTo(Step.CONTINUE);
        assertThat(enter("W3CIISLog |\nwhere cIP == \"x\" |\ntake 1", Input.TYPED))
                .isEqualTo(Step.RUN);
    }

    @Test
    void anOpenParenthesisContinuesEvenAtAnEmptyLine() {
        assertThat(enter("HttpProxy | where ClientIpAddress in (\"a\",\n", Input.TYPED))
                .isEqualTo(Step.CONTINUE);
    }

    @Test
    void aPasteRunsWhenItEndsUnlessAPipeFollows() {
        assertThat(enter("HttpProxy", Input.PIPE_FOLLOWS)).isEqualTo(Step.CONTINUE);
        assertThat(enter("HttpProxy\n| where x == 1", Input.PIPE_FOLLOWS)).isEqualTo(Step.CONTINUE);
        assertThat(enter("HttpProxy\n| where x == 1\n| take 10", Input.PASTE_ENDED))
                .isEqualTo(Step.RUN);
        assertThat(enter("HttpProxy\n| take 10", Input.OTHER_FOLLOWS)).isEqualTo(Step.RUN);
        assertThat(enter("HttpProxy", Input.PASTE_ENDED)).isEqualTo(Step.RUN);
    }

    @Test
    void aSemicolonEndsAQueryButNotALetStatement() {
        assertThat(enter("HttpProxy\n| take 3;", Input.TYPED)).isEqualTo(Step.RUN);
        assertThat(enter("let since = 1h;", Input.TYPED)).isEqualTo(Step.CONTINUE);
        assertThat(enter("let s = \"a;b\";\nHttpProxy | take 1;", Input.TYPED)).isEqualTo(Step.RUN);
        assertThat(enter("let since = 1h", Input.TYPED)).isEqualTo(Step.CONTINUE);
    }

    @Test
    void aTypedLineIsJudgedByItsLastStatement() {
        assertThat(enter("let n = 3; HttpProxy | take n", Input.TYPED)).isEqualTo(Step.RUN);
        assertThat(enter("let n = 3; HttpProxy", Input.TYPED)).isEqualTo(Step.CONTINUE);
        assertThat(enter("let n = 3; let m = 4", Input.TYPED)).isEqualTo(Step.CONTINUE);
        assertThat(enter("let s = \"a; HttpProxy\"", Input.TYPED)).isEqualTo(Step.CONTINUE);
    }

    @Test
    void commandsAreOneLineAndRunAtOnce() {
        assertThat(enter("answer 203.0.113.7", Input.PIPE_FOLLOWS)).isEqualTo(Step.RUN);
        assertThat(enter("hint", Input.TYPED)).isEqualTo(Step.RUN);
        assertThat(enter(".tables", Input.TYPED)).isEqualTo(Step.RUN);
        assertThat(enter("   ", Input.TYPED)).isEqualTo(Step.RUN);
    }
}
