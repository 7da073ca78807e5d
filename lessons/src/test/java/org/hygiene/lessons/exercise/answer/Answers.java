package org.hygiene.lessons.exercise.answer;

import static org.assertj.core.api.Assertions.assertThat;

/** Assertions shared by the answer-type tests. */
final class Answers {
    private Answers() {}

    static String canonical(AnswerType type, String raw) {
        Normalized n = type.normalize(raw);
        assertThat(n).as("normalising %s", raw).isInstanceOf(Normalized.Ok.class);
        return ((Normalized.Ok) n).value();
    }

    static String why(AnswerType type, String raw) {
        Normalized n = type.normalize(raw);
        assertThat(n).as("normalising %s", raw).isInstanceOf(Normalized.Bad.class);
        return ((Normalized.Bad) n).why();
    }
}
