package org.hygiene.lessons.exercise.answer;

import com.google.re2j.Pattern;
import java.util.List;

/**
 * What an exercise accepts: answers in plain text, salted hashes of canonical answers, or RE2/J
 * patterns (text answers only), plus feedback for known wrong answers.
 */
public record AnswerKey(
        List<String> answers,
        List<String> hashes,
        String salt,
        List<Pattern> patterns,
        List<Wrong> wrong) {

    /** A known wrong answer and what to tell a learner who gives it. */
    public record Wrong(String answer, String feedback) {}

    public AnswerKey {
        answers = List.copyOf(answers);
        hashes = hashes.stream().map(AnswerHash::clean).toList();
        patterns = List.copyOf(patterns);
        wrong = List.copyOf(wrong);
    }

    public static AnswerKey of(String... answers) {
        return new AnswerKey(List.of(answers), List.of(), "", List.of(), List.of());
    }

    public AnswerKey withWrong(List<Wrong> more) {
        return new AnswerKey(answers, hashes, salt, patterns, more);
    }

    /** Whether {@code canonical} is accepted by one of the hashes. */
    public boolean hashMatches(String canonical) {
        return !hashes.isEmpty() && hashes.contains(AnswerHash.of(salt, canonical));
    }
}
