package org.hygiene.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.hygiene.quiz.engine.AnswerInput;
import org.hygiene.quiz.engine.Paper;
import org.hygiene.quiz.engine.Response;
import org.hygiene.quiz.model.Quiz;
import org.junit.jupiter.api.Test;

/** The plain form: letters map through the shuffled order; wrong forms say what is expected. */
class AnswerInputTest {
    private static Paper.Item item(String question, List<Integer> order) {
        Quiz quiz = QuizParserTest.parse(question);
        return new Paper.Item(quiz.questions().get(0), order);
    }

    @Test
    void lettersReferToTheOrderShownNotTheFileOrder() {
        Paper.Item item = item("# Pick\n\n1. [x] A\n1. [ ] B\n1. [ ] C\n", List.of(2, 0, 1));
        assertThat(AnswerInput.parse(item, "b").response())
                .isEqualTo(new Response.Choice(Set.of(0)));
        assertThat(AnswerInput.parse(item, "B ").response())
                .isEqualTo(new Response.Choice(Set.of(0)));
        assertThat(AnswerInput.correct(item)).isEqualTo("b");
    }

    @Test
    void anAnswerInTheWrongFormIsRefusedWithTheExpectedForm() {
        Paper.Item single = item("# Pick\n\n1. [x] A\n1. [ ] B\n1. [ ] C\n", List.of(0, 1, 2));
        assertThat(AnswerInput.parse(single, "ab").error())
                .isEqualTo(
                        "this question takes a single answer. Please answer with one letter, a to"
                                + " c, for example: b.");
        assertThat(AnswerInput.parse(single, "z").error())
                .startsWith("'z' is not one of the options.");
        Paper.Item number = item("# How many? {type=number}\n\n- [x] 241\n", List.of(0));
        assertThat(AnswerInput.parse(number, "two hundred").error())
                .isEqualTo(
                        "that is not a number. Please answer with a number, for example: 42 or"
                                + " 9.1.");
        assertThat(AnswerInput.parse(number, "1,241").ok()).isTrue();
    }

    @Test
    void aPercentSignIsPartOfAnAnswerInPercent() {
        Paper.Item number = item("# What share? {type=number}\n\n- [x] 25\n", List.of(0));
        assertThat(AnswerInput.parse(number, "25%").ok()).isTrue();
        assertThat(AnswerInput.parse(number, " 25 % ").ok()).isTrue();
        assertThat(org.hygiene.quiz.model.NumberSpec.parseAnswer("25%")).hasValue(25.0);
        assertThat(AnswerInput.parse(number, "%").ok()).isFalse();
    }

    @Test
    void lettersAreSaidAsAPersonSaysThem() {
        assertThat(AnswerInput.letters(2)).isEqualTo("a or b");
        assertThat(AnswerInput.letters(4)).isEqualTo("a to d");
    }

    @Test
    void multipleAnswersAcceptLettersWithOrWithoutSeparators() {
        Paper.Item item = item("# Pick\n\n- [x] A\n- [ ] B\n- [x] C\n", List.of(0, 1, 2));
        assertThat(AnswerInput.parse(item, "a, c").response())
                .isEqualTo(new Response.Choice(Set.of(0, 2)));
        assertThat(AnswerInput.parse(item, "ca").response())
                .isEqualTo(new Response.Choice(Set.of(0, 2)));
        assertThat(AnswerInput.parse(item, "aa").error()).startsWith("'a' is given twice.");
    }

    @Test
    void anOrderNeedsEveryLetterOnce() {
        Paper.Item item = item("# Order\n\n1. A\n2. B\n3. C\n", List.of(2, 0, 1));
        assertThat(AnswerInput.parse(item, "bca").response())
                .isEqualTo(new Response.Order(List.of(0, 1, 2)));
        assertThat(AnswerInput.parse(item, "bc").error()).startsWith("put every item in order.");
        assertThat(AnswerInput.correct(item)).isEqualTo("bca");
    }

    @Test
    void trueAndFalseCanBeTypedAsWords() {
        Paper.Item item = item("# Sure?\n\n1. [ ] True\n1. [x] False\n", List.of(0, 1));
        assertThat(AnswerInput.parse(item, "false").response())
                .isEqualTo(new Response.Choice(Set.of(1)));
        assertThat(AnswerInput.parse(item, "T").response())
                .isEqualTo(new Response.Choice(Set.of(0)));
    }
}
