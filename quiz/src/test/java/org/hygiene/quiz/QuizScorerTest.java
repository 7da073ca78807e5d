package org.hygiene.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.hygiene.quiz.engine.Mark;
import org.hygiene.quiz.engine.Mark.Correctness;
import org.hygiene.quiz.engine.QuizScorer;
import org.hygiene.quiz.engine.Response;
import org.hygiene.quiz.model.Quiz;
import org.junit.jupiter.api.Test;

/** Marking: partial credit, all-or-nothing, negative marking, weights, typed answers, order. */
class QuizScorerTest {
    private static final String MULTI =
            """
            # Which are right? {points=3}

            - [x] A
            - [x] B
            - [x] C
            - [ ] D
            - [ ] E
            """;

    private static Mark mark(String frontMatter, String questions, Response r) {
        Quiz quiz =
                QuizParserTest.parse(
                        "---\nid: t\ntitle: T\n" + frontMatter + "---\n\n" + questions);
        return new QuizScorer(quiz.settings()).mark(quiz.questions().get(0), r);
    }

    private static Response.Choice choice(Integer... options) {
        return new Response.Choice(Set.of(options));
    }

    @Test
    void partialCreditGivesEachRightOptionItsShareAndTakesItBackForWrongOnes() {
        assertThat(mark("", MULTI, choice(0, 1, 2)).points()).isEqualTo(3.0);
        assertThat(mark("", MULTI, choice(0, 1, 2)).correctness()).isEqualTo(Correctness.CORRECT);
        Mark two = mark("", MULTI, choice(0, 1));
        assertThat(two.points()).isCloseTo(2.0, within(1e-9));
        assertThat(two.correctness()).isEqualTo(Correctness.PARTIAL);
        // Two right (+2 points) and one wrong (-1.5 points).
        assertThat(mark("", MULTI, choice(0, 1, 3)).points()).isCloseTo(0.5, within(1e-9));
        assertThat(mark("", MULTI, choice(0, 1, 2, 3, 4)).points()).isCloseTo(0.0, within(1e-9));
    }

    @Test
    void partialCreditNeverGoesBelowZeroWithoutNegativeMarking() {
        Mark m = mark("", MULTI, choice(3, 4));
        assertThat(m.points()).isEqualTo(0.0);
        assertThat(m.correctness()).isEqualTo(Correctness.WRONG);
    }

    @Test
    void negativeMarkingCostsItsShareOfTheQuestionAtMost() {
        assertThat(mark("negative: 50%\n", MULTI, choice(3, 4)).points())
                .isCloseTo(-1.5, within(1e-9));
        Mark single = mark("negative: 25%\n", "# Pick\n\n1. [x] A\n1. [ ] B\n", choice(1));
        assertThat(single.points()).isCloseTo(-0.25, within(1e-9));
        Mark skipped = mark("negative: 25%\n", "# Pick\n\n1. [x] A\n1. [ ] B\n", null);
        assertThat(skipped.points()).isEqualTo(0.0);
        assertThat(skipped.correctness()).isEqualTo(Correctness.UNANSWERED);
    }

    @Test
    void allOrNothingGivesPointsOnlyForExactlyTheRightSet() {
        assertThat(mark("scoring: all-or-nothing\n", MULTI, choice(0, 1, 2)).points())
                .isEqualTo(3.0);
        assertThat(mark("scoring: all-or-nothing\n", MULTI, choice(0, 1)).points()).isEqualTo(0.0);
        assertThat(mark("scoring: all-or-nothing\nnegative: 100%\n", MULTI, choice(0, 1)).points())
                .isEqualTo(-3.0);
    }

    @Test
    void explicitWeightsGivePartialCreditToASingleAnswer() {
        String q = "# Pick\n\n1. [x] A\n   > Best.\n1. [ ] B {weight=50%}\n   > Close.\n1. [ ] C\n";
        Mark close = mark("", q, choice(1));
        assertThat(close.points()).isEqualTo(0.5);
        assertThat(close.correctness()).isEqualTo(Correctness.PARTIAL);
        assertThat(close.feedback()).containsExactly("Close.");
    }

    @Test
    void typedTextIsComparedAfterNormalisingCaseSpacesAndQuotes() {
        String q =
                "# Name? {type=text}\n\n"
                        + "- [x] Test-Hafnium.ps1\n"
                        + "- [ ] Test-ProxyLogon.ps1\n"
                        + "  > Later name.\n"
                        + "- [ ] *\n"
                        + "  > Think of the first version.\n";
        assertThat(mark("", q, new Response.Typed("  `test-HAFNIUM.ps1`. ")).correctness())
                .isEqualTo(Correctness.CORRECT);
        Mark later = mark("", q, new Response.Typed("Test-ProxyLogon.ps1"));
        assertThat(later.correctness()).isEqualTo(Correctness.WRONG);
        assertThat(later.feedback()).containsExactly("Later name.");
        assertThat(mark("", q, new Response.Typed("EOMT")).feedback())
                .containsExactly("Think of the first version.");
    }

    @Test
    void numbersMatchWithinATolerance() {
        String q = "# Score? {type=number}\n\n- [x] 9.1 ± 0.05\n";
        assertThat(mark("", q, new Response.Typed("9.12")).correctness())
                .isEqualTo(Correctness.CORRECT);
        assertThat(mark("", q, new Response.Typed("9.2")).correctness())
                .isEqualTo(Correctness.WRONG);
        assertThat(mark("", q, new Response.Typed("nine")).correctness())
                .isEqualTo(Correctness.WRONG);
    }

    @Test
    void orderingEarnsItsShareForItemsInTheRightPlaceUnlessAllOrNothing() {
        String q = "# Order {points=4}\n\n1. A\n2. B\n3. C\n4. D\n";
        assertThat(mark("", q, new Response.Order(List.of(0, 1, 2, 3))).points()).isEqualTo(4.0);
        assertThat(mark("", q, new Response.Order(List.of(0, 1, 3, 2))).points()).isEqualTo(2.0);
        assertThat(
                        mark(
                                        "scoring: all-or-nothing\n",
                                        q,
                                        new Response.Order(List.of(0, 1, 3, 2)))
                                .points())
                .isEqualTo(0.0);
    }
}
