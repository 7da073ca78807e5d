package org.hygiene.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hygiene.core.course.Problem;
import org.hygiene.quiz.format.GiftReader;
import org.hygiene.quiz.format.GiftWriter;
import org.hygiene.quiz.format.MarkdownWriter;
import org.hygiene.quiz.format.QuizParser;
import org.hygiene.quiz.model.Option;
import org.hygiene.quiz.model.OptionWeights;
import org.hygiene.quiz.model.Question;
import org.hygiene.quiz.model.QuestionType;
import org.hygiene.quiz.model.Quiz;
import org.junit.jupiter.api.Test;

/** GIFT: an exported quiz imports back to the same quiz, and Moodle's own examples import. */
class GiftRoundTripTest {
    static final String QUIZ =
            """
            ---
            id: round-trip
            title: "Round trip: every GIFT type"
            pass: 70%
            shuffle: true
            sample: 4
            attempts: 2
            time-limit: 15m
            negative: 25%
            category: Hygiene/Final
            ---

            ## Which CVE is the SSRF? {#ssrf points=2}

            Look at this: `ServerInfo~a]@ex01:444/ecp/y.js?#` = {decoy}

            > The critical one.

            1. [ ] CVE-2021-26857
               > UM deserialization.
            1. [x] CVE-2021-26855
            1. [ ] CVE-2021-27065 {weight=25%}
               > Half right: it is the other half of ProxyLogon.

            Explanation: 26855 is the SSRF; #1 with a 9.1 score.

            ## Which are post-authentication file writes? {#writes category=Hygiene/Other}

            - [x] CVE-2021-26858
            - [x] CVE-2021-27065
            - [ ] CVE-2021-26855
              > That one needs no authentication.

            ## Exchange Online was affected. {#online}

            1. [ ] True
               > It was not.
            1. [x] False
               > Right.

            Explanation: only on-premises servers.

            ## What was Test-ProxyLogon first called? {#first-name type=text}

            - [x] Test-Hafnium.ps1
            - [x] Test-Hafnium {weight=50%}
            - [ ] *
              > Think of March 3.

            ## What status did proxyLogon.ecp return? {#status type=number points=3}

            - [x] 241
            - [x] 240..242 {weight=50%}
              > Close.
            - [ ] *
              > Look at HttpStatus.
            """;

    @Test
    void anExportedQuizImportsBackToTheSameQuiz() {
        Quiz original = QuizParserTest.parse(QUIZ);
        GiftWriter.Result gift = GiftWriter.write(original);
        assertThat(gift.warnings()).isEmpty();
        GiftReader.Result back = GiftReader.read("round-trip.gift", gift.text(), "x");
        assertThat(back.problems()).isEmpty();
        String markdown = MarkdownWriter.write(back.quiz());
        QuizParser.Result reparsed = QuizParser.parseFile("imported.md", markdown);
        assertThat(reparsed.problems()).isEmpty();
        assertSameQuiz(reparsed.quiz(), original);
        // And the GIFT of the imported quiz is the GIFT we started from.
        assertThat(GiftWriter.write(reparsed.quiz()).text()).isEqualTo(gift.text());
    }

    @Test
    void theExportIsValidGiftWithEscapesWeightsAndGeneralFeedback() {
        String gift = GiftWriter.write(QuizParserTest.parse(QUIZ)).text();
        assertThat(gift).contains("$CATEGORY: Hygiene/Final");
        assertThat(gift)
                .contains(
                        "::ssrf::[markdown]Which CVE is the SSRF?\\n"
                                + "\\n"
                                + "Look at this\\: `ServerInfo\\~a]@ex01\\:444/ecp/y.js?\\#` \\="
                                + " \\{decoy\\} {");
        assertThat(gift)
                .contains(
                        "\t~%25%CVE-2021-27065#Half right\\: it is the other half of ProxyLogon.");
        assertThat(gift)
                .contains("\t~%50%CVE-2021-26858\n\t~%50%CVE-2021-27065\n\t~%-100%CVE-2021-26855#");
        assertThat(gift).contains("{FALSE#It was not.#Right.####only on-premises servers.}");
        assertThat(gift)
                .contains("{#\n\t=%100%241:0\n\t=%50%241:1#Close.\n\t~#Look at HttpStatus.\n");
    }

    @Test
    void orderingQuestionsAreLeftOutWithAWarning() {
        Quiz quiz = QuizParserTest.parse("# Order\n\n1. A\n2. B\n\n# Pick\n\n1. [x] A\n1. [ ] B\n");
        GiftWriter.Result gift = GiftWriter.write(quiz);
        assertThat(gift.warnings()).singleElement().asString().contains("order");
        assertThat(gift.text()).doesNotContain("::order::");
    }

    @Test
    void moodlesOwnExamplesImport() {
        GiftReader.Result r =
                GiftReader.read(
                        "moodle.gift",
                        """
                        // Moodle's examples
                        $CATEGORY: tom

                        ::Grant's tomb::Who's buried in Grant's tomb?{~Grant ~Jefferson =no one}

                        Grant is buried in Grant's tomb.{FALSE}

                        Who's buried in Grant's tomb?{=no one =nobody}

                        When was Ulysses S. Grant born?{#1822:5}

                        What two people are entombed in Grant's tomb? {
                           ~%-100%No one
                           ~%50%Grant
                           ~%50%Grant's wife
                           ~%-100%Grant's father
                        }

                        Match the following countries with their corresponding capitals. {
                           =Canada -> Ottawa
                           =Italy  -> Rome
                        }

                        Write an essay about Grant. {}
                        """,
                        "moodle");
        List<Question> qs = r.quiz().questions();
        assertThat(qs)
                .extracting(Question::type)
                .containsExactly(
                        QuestionType.SINGLE,
                        QuestionType.TRUE_FALSE,
                        QuestionType.TEXT,
                        QuestionType.NUMBER,
                        QuestionType.MULTIPLE);
        assertThat(qs.get(0).id()).isEqualTo("grant-s-tomb");
        assertThat(qs.get(0).options())
                .extracting(Option::correct)
                .containsExactly(false, false, true);
        assertThat(qs.get(3).options().get(0).text()).isEqualTo("1822 ± 5");
        assertThat(r.quiz().settings().category()).isEqualTo("tom");
        assertThat(r.problems())
                .extracting(Problem::toString)
                .containsExactly(
                        "moodle.gift:19: a matching question cannot be imported; left out",
                        "moodle.gift:24: an essay question (empty answers) cannot be marked; left"
                                + " out");
        assertThat(QuizParser.parseFile("m.md", MarkdownWriter.write(r.quiz())).problems())
                .isEmpty();
    }

    @Test
    void moodlesMissingWordKeepsTheSpaceAroundTheBlank() {
        GiftReader.Result r =
                GiftReader.read(
                        "moodle.gift",
                        """
                        Moodle costs {~lots of money =nothing ~a small amount} to download, use, \
                        modify and share.

                        Grant is {~buried =entombed ~living} in Grant's tomb.
                        """,
                        "moodle");
        assertThat(r.quiz().questions())
                .extracting(Question::heading)
                .containsExactly(
                        "Moodle costs _____ to download, use, modify and share.",
                        "Grant is _____ in Grant's tomb.");
        Quiz back = roundTrip(r.quiz());
        assertThat(back.questions())
                .extracting(Question::heading)
                .containsExactly(
                        "Moodle costs _____ to download, use, modify and share.",
                        "Grant is _____ in Grant's tomb.");
    }

    @Test
    void moodlesEscapedSpecialCharactersSurviveTheRoundTrip() {
        GiftReader.Result r =
                GiftReader.read(
                        "moodle.gift",
                        """
                        // Moodle's documented examples of escaped special characters.
                        Which answer equals 5? {
                           ~ \\= 2 + 2
                           = \\= 2 + 3
                           ~ \\= 2 + 4
                        }

                        ::GIFT Control Characters::
                        Which of the following is NOT a GIFT control character? {
                           ~ \\~     # \\~ is a control character.
                           ~ \\=     # \\= is a control character.
                           ~ \\#     # \\# is a control character.
                           ~ \\{     # \\{ is a control character.
                           ~ \\}     # \\} is a control character.
                           = \\\\     # Correct! \\\\ (backslash) is not a control character.
                        }

                        At 10\\:30 the shell was written. When? {=10\\:30 =half past ten}
                        """,
                        "moodle");
        assertThat(r.problems()).isEmpty();
        List<Question> qs = r.quiz().questions();
        assertThat(qs.get(0).options())
                .extracting(Option::text)
                .containsExactly("= 2 + 2", "= 2 + 3", "= 2 + 4");
        assertThat(qs.get(1).options())
                .extracting(Option::text)
                .containsExactly("~", "=", "#", "{", "}", "\\");
        assertThat(qs.get(2).heading()).isEqualTo("At 10:30 the shell was written. When?");
        assertThat(qs.get(2).options())
                .extracting(Option::text)
                .containsExactly("10:30", "half past ten");
        String gift = GiftWriter.write(r.quiz()).text();
        assertThat(gift).contains("At 10\\:30 the shell", "=%100%10\\:30");
        assertSameQuiz(roundTrip(r.quiz()), r.quiz());
    }

    /** Markdown, then GIFT, then back: the path a quiz takes from Hygiene to Moodle and back. */
    private static Quiz roundTrip(Quiz quiz) {
        QuizParser.Result md = QuizParser.parseFile("m.md", MarkdownWriter.write(quiz));
        assertThat(md.problems()).isEmpty();
        GiftReader.Result gift =
                GiftReader.read("m.gift", GiftWriter.write(md.quiz()).text(), quiz.id());
        assertThat(gift.problems()).isEmpty();
        return gift.quiz();
    }

    /** Equal in everything a learner or a score can notice. */
    static void assertSameQuiz(Quiz actual, Quiz expected) {
        assertThat(actual.id()).isEqualTo(expected.id());
        assertThat(actual.title()).isEqualTo(expected.title());
        assertThat(actual.settings()).isEqualTo(expected.settings());
        assertThat(actual.questions()).hasSameSizeAs(expected.questions());
        for (int i = 0; i < expected.questions().size(); i++) {
            Question a = actual.questions().get(i);
            Question e = expected.questions().get(i);
            assertThat(
                            List.of(
                                    a.id(),
                                    a.type(),
                                    a.heading(),
                                    a.body(),
                                    a.hint(),
                                    a.explanation(),
                                    a.points(),
                                    a.category()))
                    .isEqualTo(
                            List.of(
                                    e.id(),
                                    e.type(),
                                    e.heading(),
                                    e.body(),
                                    e.hint(),
                                    e.explanation(),
                                    e.points(),
                                    e.category()));
            assertThat(a.options()).hasSameSizeAs(e.options());
            for (int j = 0; j < e.options().size(); j++) {
                Option ao = a.options().get(j);
                Option eo = e.options().get(j);
                assertThat(List.of(ao.correct(), ao.feedback(), OptionWeights.weightOf(a, ao)))
                        .isEqualTo(
                                List.of(
                                        eo.correct(),
                                        eo.feedback(),
                                        OptionWeights.weightOf(e, eo)));
                if (e.type() == QuestionType.NUMBER && !eo.isCatchAll()) {
                    assertThat(org.hygiene.quiz.model.NumberSpec.parse(ao.text()))
                            .isEqualTo(org.hygiene.quiz.model.NumberSpec.parse(eo.text()));
                } else {
                    assertThat(ao.text()).isEqualTo(eo.text());
                }
            }
        }
    }
}
