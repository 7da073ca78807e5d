package org.hygiene.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hygiene.core.course.Problem;
import org.hygiene.quiz.format.QuizParser;
import org.hygiene.quiz.model.Option;
import org.hygiene.quiz.model.Question;
import org.hygiene.quiz.model.QuestionType;
import org.hygiene.quiz.model.Quiz;
import org.hygiene.quiz.model.Scoring;
import org.junit.jupiter.api.Test;

/** The quiz format: quizdown's own examples parse as is, and the extensions on top of them. */
class QuizParserTest {

    static Quiz parse(String text) {
        QuizParser.Result r = QuizParser.parseFile("quiz.md", text);
        assertThat(r.problems()).isEmpty();
        return r.quiz();
    }

    static List<String> problems(String text) {
        return QuizParser.parseFile("quiz.md", text).problems().stream()
                .map(Problem::toString)
                .toList();
    }

    @Test
    void quizdownMultipleChoiceExampleParsesWithHintAndFeedback() {
        Quiz quiz =
                parse(
                        """
                        ### What's the capital of Germany?

                        > It's the _largest_ city in Germany...

                        -   [x] Berlin
                            > this is the correct answer.
                        -   [ ] Frankfurt
                        -   [ ] Paris
                            > Paris is the capital of France.
                        -   [ ] Cologne
                        """);
        Question q = quiz.questions().get(0);
        assertThat(q.type()).isEqualTo(QuestionType.MULTIPLE);
        assertThat(q.heading()).isEqualTo("What's the capital of Germany?");
        assertThat(q.hint()).isEqualTo("It's the _largest_ city in Germany...");
        assertThat(q.options())
                .extracting(Option::text)
                .containsExactly("Berlin", "Frankfurt", "Paris", "Cologne");
        assertThat(q.options())
                .extracting(Option::correct)
                .containsExactly(true, false, false, false);
        assertThat(q.options().get(2).feedback()).isEqualTo("Paris is the capital of France.");
        assertThat(quiz.id()).isEqualTo("quiz");
    }

    @Test
    void quizdownSingleChoiceAndSequenceExamplesParse() {
        Quiz quiz =
                parse(
                        """
                        ### Select your superpower!

                        There exist many superpowers in the world but one of them is better than everything else. Do you find it?

                        1. [ ] Enhanced Strength
                        1. [ ] Levitation
                        1. [x] Shapeshifting
                            > Correct. This the best superpower!

                        ## Please bring the following into sequence!

                        That's **super easy**!

                        > Three is larger than one...

                        1. One
                        2. Two
                        3. Three
                        4. Four
                        5. Five
                        """);
        Question single = quiz.questions().get(0);
        assertThat(single.type()).isEqualTo(QuestionType.SINGLE);
        assertThat(single.body()).startsWith("There exist many superpowers");
        assertThat(single.options().get(2).feedback())
                .isEqualTo("Correct. This the best superpower!");
        Question order = quiz.questions().get(1);
        assertThat(order.type()).isEqualTo(QuestionType.ORDER);
        assertThat(order.options())
                .extracting(Option::text)
                .containsExactly("One", "Two", "Three", "Four", "Five");
        assertThat(order.hint()).isEqualTo("Three is larger than one...");
    }

    @Test
    void quizdownQuizOptionsAndQuestionOptionBlocksAreRead() {
        Quiz quiz =
                parse(
                        """
                        ---
                        primaryColor: '#FF851B'
                        locale: de
                        shuffleQuestions: true
                        nQuestions: 2
                        ---

                        # What is the capital of Berlin?

                        ---
                        shuffleAnswers: false
                        ---

                        In this question you are asked a **very** difficult question.

                        > Do some research!

                        - [x] Berlin
                        - [ ] Stuttgart

                        #### Who is the person in the picture?

                        ![](https://upload.wikimedia.org/wikipedia/commons/thumb/9/9d/Sir_Tim_Berners-Lee.jpg/330px-Sir_Tim_Berners-Lee.jpg)

                        1. [x] Tim Berners-Lee
                        1. [ ] Alan Turing

                        #### Which console appeared first, witch last?

                        1. Atari 2600
                        2. NES
                        """);
        assertThat(quiz.settings().shuffleQuestions()).isTrue();
        assertThat(quiz.settings().sample()).isEqualTo(2);
        assertThat(quiz.questions()).hasSize(3);
        assertThat(quiz.questions().get(0).shuffleAnswers()).isFalse();
        assertThat(quiz.questions().get(0).body()).contains("**very** difficult");
    }

    @Test
    void aMisspeltQuestionOptionIsReportedWithASuggestion() {
        assertThat(
                        problems(
                                """
                                # What is it?

                                ---
                                shuffleAnsers: false
                                ---

                                - [x] This
                                - [ ] That
                                """))
                .containsExactly(
                        "quiz.md:4:1: unknown question option 'shuffleAnsers' (did you mean"
                                + " 'shuffleAnswers'?); known: id, points, type, shuffle,"
                                + " shuffleAnswers, category (ignored)");
    }

    @Test
    void extensionsGiveTypedAnswersPointsIdsWeightsAndExplanations() {
        Quiz quiz =
                parse(
                        """
                        ---
                        id: demo
                        title: Demo
                        pass: 80%
                        scoring: all-or-nothing
                        negative: 25%
                        time-limit: 1h 30m
                        ---

                        ## What was Test-ProxyLogon first called? {#first-name type=text points=2}

                        - [x] Test-Hafnium.ps1
                        - [ ] Test-ProxyLogon.ps1
                          > That is its later name.

                        Explanation: it was renamed on 5 March 2021.

                        More explanation, with code:

                        ```
                        Test-Hafnium.ps1
                        ```

                        ## Which HTTP status did proxyLogon.ecp return? {type=number}

                        - [x] 241
                        - [x] 240..242 {weight=50%}
                        - [ ] *
                          > Look at the HttpStatus column.

                        ## Exchange Online was affected.

                        1. [ ] True
                        1. [x] False
                        """);
        assertThat(quiz.settings().passPercent()).isEqualTo(80);
        assertThat(quiz.settings().scoring()).isEqualTo(Scoring.ALL_OR_NOTHING);
        assertThat(quiz.settings().negativePercent()).isEqualTo(25);
        assertThat(quiz.settings().timeLimit()).hasMinutes(90);
        Question text = quiz.questions().get(0);
        assertThat(text.id()).isEqualTo("first-name");
        assertThat(text.type()).isEqualTo(QuestionType.TEXT);
        assertThat(text.points()).isEqualTo(2);
        assertThat(text.explanation())
                .startsWith("it was renamed")
                .contains("```\nTest-Hafnium.ps1\n```");
        Question number = quiz.questions().get(1);
        assertThat(number.type()).isEqualTo(QuestionType.NUMBER);
        assertThat(number.id()).isEqualTo("which-http-status-did-proxylogon-ecp");
        assertThat(number.options().get(1).weight()).isEqualTo(50.0);
        assertThat(number.options().get(2).isCatchAll()).isTrue();
        assertThat(quiz.questions().get(2).type()).isEqualTo(QuestionType.TRUE_FALSE);
    }

    @Test
    void aQuestionWithoutACorrectAnswerIsReportedAtItsLine() {
        assertThat(
                        problems(
                                """
                                ---
                                id: q
                                title: Q
                                ---

                                ## Which one?

                                1. [ ] A
                                1. [ ] B
                                """))
                .containsExactly("quiz.md:6: no correct answer: mark the right option with '[x]'");
    }

    @Test
    void duplicateIdsUnknownKeysAndBadValuesAreAllReported() {
        assertThat(
                        problems(
                                """
                                ---
                                id: q
                                title: Q
                                pas: 70%
                                sample: 9
                                ---

                                ## One {#same}

                                1. [x] A
                                1. [x] B

                                ## Two {#same pionts=2}

                                - [x] A
                                - [ ] B {weigth=10%}

                                ## Three
                                """))
                .containsExactly(
                        "quiz.md:4:1: unknown front matter key 'pas' (did you mean 'pass'?);"
                                + " known: id, title, minutes, objectives, description, pass,"
                                + " shuffle, sample, attempts, time-limit, scoring, negative, seed,"
                                + " category, shuffleQuestions, shuffleAnswers, nQuestions,"
                                + " primaryColor, secondaryColor, textColor, locale, startOnLoad,"
                                + " enableRetry (ignored)",
                        "quiz.md:8: a single-answer question has 2 options marked '[x]'; mark one,"
                                + " or use '- [x]' bullets for several right answers",
                        "quiz.md:13:1: unknown question option 'pionts' (did you mean"
                                + " 'points'?); known: id, points, type, shuffle, shuffleAnswers,"
                                + " category (ignored)",
                        "quiz.md:16: unknown answer option 'weigth' (did you mean 'weight'?);"
                                + " known: weight",
                        "quiz.md:18: no answers: add a list of options ('1. [x] right', '1. [ ]"
                                + " wrong') under the question",
                        "quiz.md:13: duplicate id 'same' (also used by the question on line 8)",
                        "quiz.md:5: 'sample' is 9 but the quiz has only 3 questions");
    }

    @Test
    void optionsWithoutMarksAndBadNumbersAreReported() {
        assertThat(
                        problems(
                                """
                                # Pick

                                - [x] A
                                - B

                                # How many? {type=number}

                                - [x] about ten
                                """))
                .containsExactly(
                        "quiz.md:4: option without '[x]' or '[ ]': mark every option right or"
                                + " wrong",
                        "quiz.md:8: 'about ten' is not a number, 'value ± tolerance' or"
                                + " 'min..max'");
    }

    @Test
    void aTimeLimitPastWhatADurationHoldsIsABadValueNotACrash() {
        assertThat(
                        problems(
                                """
                                ---
                                time-limit: 99999999999999999h
                                ---

                                ## Q?

                                1. [x] a
                                1. [ ] b
                                """))
                .singleElement()
                .asString()
                .contains("'time-limit' must be a duration");
    }

    @Test
    void aFileWithNoHeadingHasNoQuestions() {
        assertThat(problems("Just text.\n"))
                .containsExactly(
                        "quiz.md:1: no questions: start each question with a heading such as '##"
                                + " What ...?'");
    }

    @Test
    void codeThatEndsInBracesIsNotTakenForAttributes() {
        Quiz quiz =
                parse(
                        """
                        # What does `function Page_Load(){eval(Request["x"],"unsafe");}` do?

                        1. [x] Runs `eval(Request["x"]) {}`
                        1. [ ] Nothing
                        """);
        assertThat(quiz.questions().get(0).heading()).endsWith("\"unsafe\");}` do?");
        assertThat(quiz.questions().get(0).options().get(0).text())
                .isEqualTo("Runs `eval(Request[\"x\"]) {}`");
    }
}
