package org.hygiene.lessons.exercise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hygiene.core.course.Problem;
import org.hygiene.lessons.exercise.answer.AnswerHash;
import org.hygiene.lessons.exercise.answer.IpAnswer;
import org.hygiene.lessons.exercise.answer.SetAnswer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class ExerciseParserTest {
    /** The body starts on line 8 of the file, after the front matter. */
    private static final int BODY_LINE = 8;

    private static List<ExerciseBlock> blocks(String body) {
        return LessonExercises.of("lessons/03-ssrf.md", body, BODY_LINE);
    }

    private static List<String> problems(String body) {
        return blocks(body).stream()
                .flatMap(b -> b.problems().stream())
                .map(Problem::toString)
                .toList();
    }

    @Test
    void parsesACompleteExercise() {
        List<ExerciseBlock> blocks =
                blocks(
                        """
                        # Hunting

                        ```exercise
                        id: attacker-ip
                        title: Who sent it
                        question: Which address sent the first `ServerInfo~` request?
                        type: ip
                        answer: 203.0.113.7
                        points: 12
                        hints:
                          - cost: 2
                            text: Filter on AnchorMailbox.
                          - cost: 3
                            text: Sort by DateTime.
                        wrong:
                          - answer: 198.51.100.20
                            feedback: That one only scanned.
                        explanation: It came first.
                        query: |
                          HttpProxy
                          | take 1
                        ```
                        """);
        assertThat(blocks).hasSize(1);
        ExerciseBlock b = blocks.get(0);
        assertThat(b.problems()).isEmpty();
        assertThat(b.firstBodyLine()).isEqualTo(2);
        assertThat(b.lastBodyLine()).isEqualTo(21);
        Exercise e = b.exercise().orElseThrow();
        assertThat(e.id()).isEqualTo("attacker-ip");
        assertThat(e.title()).isEqualTo("Who sent it");
        assertThat(e.type()).isInstanceOf(IpAnswer.class);
        assertThat(e.points()).isEqualTo(12);
        assertThat(e.hints()).extracting(Exercise.Hint::cost).containsExactly(2, 3);
        assertThat(e.query()).isEqualTo("HttpProxy\n| take 1");
        assertThat(e.line()).isEqualTo(10);
        assertThat(e.check("203.0.113[.]7").isCorrect()).isTrue();
        assertThat(e.check("198.51.100.20").message()).isEqualTo("That one only scanned.");
    }

    @Test
    void defaultsToTextForTenPoints() {
        Exercise e =
                blocks(
                                """
                                ```exercise
                                id: a
                                question: Q?
                                answer: HAFNIUM
                                explanation: E.
                                query: Q
                                ```
                                """)
                        .get(0)
                        .exercise()
                        .orElseThrow();
        assertThat(e.points()).isEqualTo(10);
        assertThat(e.check("  hafnium ").isCorrect()).isTrue();
    }

    @Test
    void acceptsHashedAnswersWithTheIdAsSalt() {
        String hash = AnswerHash.of("decoy", "/ecp/y.js");
        Exercise e =
                blocks(
                                """
                                ```exercise
                                id: decoy
                                question: Which stem?
                                answer-hash: sha256:%s
                                explanation: E.
                                query: Q
                                ```
                                """
                                        .formatted(hash))
                        .get(0)
                        .exercise()
                        .orElseThrow();
        assertThat(e.check("/ECP/Y.js").isCorrect()).isTrue();
        assertThat(e.check("/ecp/x.js").isCorrect()).isFalse();
        assertThat(e.shownAnswer()).isEmpty();
    }

    @Test
    void readsSetsAndTheirItemType() {
        Exercise e =
                blocks(
                                """
                                ```exercise
                                id: ips
                                question: Which addresses?
                                type: set
                                of: ip
                                answers:
                                  - 203.0.113.7
                                  - 203.0.113.9
                                explanation: E.
                                query: Q
                                ```
                                """)
                        .get(0)
                        .exercise()
                        .orElseThrow();
        assertThat(e.type()).isInstanceOf(SetAnswer.class);
        assertThat(e.check("203.0.113[.]9 and 203.0.113.7").isCorrect()).isTrue();
    }

    @Test
    void reportsMissingKeysAtTheFence() {
        assertThat(
                        problems(
                                """
                                Text.

                                ```exercise
                                id: a
                                ```
                                """))
                .containsExactly(
                        "lessons/03-ssrf.md:10:1: the exercise has no 'question:'",
                        "lessons/03-ssrf.md:10:1: the exercise accepts no answer: add 'answer:' (or"
                                + " 'answer-hash:')",
                        "lessons/03-ssrf.md:10:1: the exercise has no 'explanation:'",
                        "lessons/03-ssrf.md:10:1: the exercise has no 'query:'");
    }

    @Test
    void reportsBadValuesWhereTheyAreWritten() {
        assertThat(
                        problems(
                                """
                                ```exercise
                                id: Bad_Id
                                question: Q?
                                type: ip
                                anwser: 1.2.3.4
                                answer: 999.1.1.1
                                points: lots
                                hints:
                                  - cost: -1
                                    text: t
                                explanation: E.
                                query: Q
                                tolerance: 5
                                ```
                                """))
                .containsExactly(
                        "lessons/03-ssrf.md:12:1: unknown key 'anwser'; did you mean 'answer'?",
                        "lessons/03-ssrf.md:9:1: the id 'Bad_Id' must be lower-case letters, digits"
                                + " and dashes, starting with a letter or digit",
                        "lessons/03-ssrf.md:20:1: 'tolerance' applies only to timestamp and number"
                                + " answers",
                        "lessons/03-ssrf.md:13:1: the answer '999.1.1.1' is not an IP address, such"
                                + " as 192.0.2.1 or 2001:db8::1: '999.1.1.1' is not an IP address.",
                        "lessons/03-ssrf.md:14:1: '" + "lots' is not a whole number of points",
                        "lessons/03-ssrf.md:16:5: a hint's cost is a whole number of points, 0 or"
                                + " more");
    }

    @Test
    @Timeout(30)
    void anAuthorsPatternThatExpandsTooFarIsAProblemNotACrash() {
        assertThat(
                        problems(
                                """
                                ```exercise
                                id: shell-name
                                question: Q?
                                answer: x
                                pattern: ((a{1,1000}){1,1000}){1,1000}
                                explanation: E.
                                query: Q
                                ```
                                """))
                .singleElement()
                .asString()
                .startsWith("lessons/03-ssrf.md:12:1: the pattern '((a{1,1000}){1,1000}){1,1000}'")
                .contains("too complex");
    }

    @Test
    void columnsCountTheIndentOfTheFence() {
        assertThat(
                        problems(
                                """
                                  ```exercise
                                  id: a
                                  question: Q
                                  answer: x
                                  explanation: E
                                  query: Q
                                  bogus: 1
                                  ```
                                """))
                .containsExactly("lessons/03-ssrf.md:14:3: unknown key 'bogus'");
    }

    @Test
    void reportsDuplicateIdsNestingAndUnclosedBlocks() {
        String one =
                "```exercise\nid: a\nquestion: Q\nanswer: x\nexplanation: E\nquery: Q\n```\n\n";
        assertThat(problems(one + one))
                .containsExactly(
                        "lessons/03-ssrf.md:16:1: another exercise of this lesson has the id 'a'");
        assertThat(
                        problems(
                                "> ```exercise\n"
                                        + "> id: a\n"
                                        + "> question: Q\n"
                                        + "> answer: x\n"
                                        + "> explanation: E\n"
                                        + "> query: Q\n"
                                        + "> ```\n"))
                .containsExactly(
                        "lessons/03-ssrf.md:8:1: an exercise block must stand on its own, not"
                                + " inside a list or quote");
        assertThat(
                        problems(
                                "```exercise\n"
                                        + "id: a\n"
                                        + "question: Q\n"
                                        + "answer: x\n"
                                        + "explanation: E\n"
                                        + "query: Q\n"))
                .containsExactly(
                        "lessons/03-ssrf.md:8:1: the exercise block is not closed: it runs on to"
                                + " the end of the file; end it with a line ``` after its last"
                                + " key");
    }

    @Test
    void reportsWrongAnswersThatAreAccepted() {
        assertThat(
                        problems(
                                """
                                ```exercise
                                id: a
                                question: Q
                                answer: Foo
                                wrong:
                                  - answer: FOO
                                    feedback: no
                                explanation: E
                                query: Q
                                ```
                                """))
                .containsExactly(
                        "lessons/03-ssrf.md:11:1: the wrong answer 'FOO' is also an accepted"
                                + " answer");
    }

    @Test
    void ignoresOtherCodeBlocks() {
        assertThat(blocks("```kql\nHttpProxy\n```\n\n```\nid: a\n```\n")).isEmpty();
        assertThat(
                        blocks(
                                "```Exercise extra words\n"
                                        + "id: a\n"
                                        + "question: Q\n"
                                        + "answer: x\n"
                                        + "explanation: E\n"
                                        + "query: Q\n"
                                        + "```\n"))
                .hasSize(1);
    }
}
