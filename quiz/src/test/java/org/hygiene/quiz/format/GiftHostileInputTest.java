package org.hygiene.quiz.format;

import static org.assertj.core.api.Assertions.assertThat;

import org.hygiene.core.course.Problem;
import org.hygiene.quiz.model.NumberSpec;
import org.junit.jupiter.api.Test;

/** Issue 13, item 11: GIFT numbers out of range and mistyped settings get a message, never NaN. */
class GiftHostileInputTest {
    @Test
    void aNumberPastDoublesRangeIsReportedOnItsGiftLineAndLeftOut() {
        GiftReader.Result r =
                GiftReader.read(
                        "huge.gift",
                        "::ok:: How many? {#42}\n\n::huge:: How big? {#1e400:1e400}\n",
                        "huge");

        assertThat(r.quiz().questions()).extracting(q -> q.id()).containsExactly("ok");
        assertThat(r.problems())
                .extracting(Problem::toString)
                .containsExactly(
                        "huge.gift:3: '1e400:1e400' is not a number or value:tolerance within"
                                + " about ±1e308; the question was left out");
        assertThat(MarkdownWriter.write(r.quiz())).doesNotContain("NaN").doesNotContain("Infinity");
    }

    @Test
    void noSpecOrTypedAnswerIsEverInfiniteOrNaN() {
        assertThat(NumberSpec.parse("1e400")).isEmpty();
        assertThat(NumberSpec.parse("-1e400..1")).isEmpty();
        assertThat(NumberSpec.parse("1e308:1e308")).isEmpty();
        assertThat(NumberSpec.parse("1e300:5")).isPresent();
        assertThat(NumberSpec.parseAnswer("1e400")).isEmpty();
        assertThat(NumberSpec.parseAnswer("241")).contains(241.0);
    }

    @Test
    void unknownAndMalformedSettingsAreReportedWithTheirLines() {
        GiftReader.Result r =
                GiftReader.read(
                        "keys.gift",
                        """
                        // hygiene quiz: keys
                        // hygiene pas: 80
                        // hygiene seed 7

                        // hygiene pionts: 3
                        // hygiene points: 2
                        ::q1:: True? {T}

                        // hygiene hint: orphan

                        ::q2:: Also true? {T}
                        """,
                        "keys");

        assertThat(r.quiz().questions()).hasSize(2);
        assertThat(r.quiz().questions().get(0).points()).isEqualTo(2);
        assertThat(r.problems())
                .extracting(Problem::toString)
                .containsExactly(
                        "keys.gift:3: this '// hygiene' line is ignored: write '// hygiene KEY:"
                                + " VALUE'",
                        "keys.gift:2: unknown quiz setting 'pas' (did you mean 'pass'?); known:"
                                + " quiz, title, pass, shuffle, sample, attempts, time-limit,"
                                + " scoring, negative, seed, category, intro; ignored",
                        "keys.gift:5: unknown question setting 'pionts' (did you mean"
                                + " 'points'?); known: hint, points, shuffle; ignored",
                        "keys.gift:9: these '// hygiene' lines belong to no question and are"
                                + " ignored: put a question's right above it (no blank line"
                                + " between), the quiz's in the first block with '// hygiene"
                                + " quiz: ID'");
    }

    @Test
    void aWrittenQuizReadsBackWithoutAnyProblem() {
        QuizParser.Result md =
                QuizParser.parseFile(
                        "q.md",
                        """
                        ---
                        id: clean
                        title: Clean
                        pass: 70
                        seed: 7
                        ---

                        # How many?

                        > Hint: count them

                        - [x] 9.1 ± 0.05
                        """
                                .replace("# How many?", "# How many? {type=number points=2}"));
        assertThat(md.problems()).isEmpty();

        GiftReader.Result back =
                GiftReader.read("clean.gift", GiftWriter.write(md.quiz()).text(), "clean");

        assertThat(back.problems()).isEmpty();
    }
}
