package org.hygiene.lessons.exercise;

/** Exercises for tests, parsed from blocks as authors write them. */
public final class Exercises {
    private Exercises() {}

    /** An IP exercise worth 10 points with hints costing 4 and 8, and one known wrong answer. */
    public static final String IP_BLOCK =
            """
            ```exercise
            id: attacker-ip
            title: Who sent it
            question: Which address sent the first `ServerInfo~` request?
            type: ip
            answer: 203.0.113.7
            points: 10
            hints:
              - cost: 4
                text: Filter on `AnchorMailbox`.
              - cost: 8
                text: Sort by `DateTime`.
            wrong:
              - answer: 198.51.100.20
                feedback: That one only scanned.
            explanation: It came first.
            query: |
              HttpProxy
              | take 1
            ```
            """;

    public static Exercise ip() {
        return parse(IP_BLOCK);
    }

    public static Exercise parse(String block) {
        return LessonExercises.of("test.md", block, 1)
                .get(0)
                .exercise()
                .orElseThrow(
                        () ->
                                new AssertionError(
                                        LessonExercises.of("test.md", block, 1).get(0).problems()));
    }
}
