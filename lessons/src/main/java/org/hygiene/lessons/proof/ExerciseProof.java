package org.hygiene.lessons.proof;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hygiene.lessons.exercise.Exercise;
import org.hygiene.lessons.exercise.answer.AnswerKey;
import org.hygiene.lessons.exercise.answer.SetAnswer;
import org.hygiene.lessons.exercise.answer.Verdict;
import org.hygiene.lessons.hunt.HuntEngine;
import org.hygiene.lessons.hunt.QueryResult;
import org.hygiene.lessons.hunt.lang.QueryException;

/**
 * Prove one exercise solvable from its scenario: the reference query runs, its result is an
 * accepted answer, and every anticipated wrong answer is judged wrong with its own feedback. The
 * answer is read from the first column of the result: its one value, or for a set, all its distinct
 * values.
 */
public final class ExerciseProof {
    /** The failures found (empty when proven) and the answer the query gave, if it gave one. */
    public record Outcome(List<String> failures, Optional<String> answer) {
        public boolean proven() {
            return failures.isEmpty();
        }
    }

    private ExerciseProof() {}

    public static Outcome prove(Exercise exercise, HuntEngine engine) {
        List<String> failures = new ArrayList<>();
        Optional<String> answer = Optional.empty();
        try {
            QueryResult result = engine.run(exercise.query());
            answer = answerOf(result, exercise.type() instanceof SetAnswer, failures);
        } catch (QueryException e) {
            String q = exercise.query();
            failures.add(
                    "its reference query fails at query line "
                            + e.line(q)
                            + ", column "
                            + e.column(q)
                            + ": "
                            + e.getMessage()
                            + e.suggestion().map(s -> " (did you mean '" + s + "'?)").orElse(""));
        } catch (IOException e) {
            failures.add("its reference query cannot read the logs: " + e.getMessage());
        }
        if (answer.isPresent()) {
            Verdict verdict = exercise.check(answer.get());
            if (!verdict.isCorrect()) {
                failures.add(notAccepted(exercise, answer.get(), verdict));
            }
        }
        for (AnswerKey.Wrong w : exercise.key().wrong()) {
            Verdict v = exercise.check(w.answer());
            if (v.kind() != Verdict.Kind.WRONG) {
                failures.add(
                        "the wrong answer '"
                                + w.answer()
                                + "' is "
                                + (v.isCorrect() ? "accepted" : "not even in the answer's form")
                                + ", so its feedback is never shown");
            } else if (!v.message().equals(w.feedback())) {
                failures.add(
                        "the wrong answer '"
                                + w.answer()
                                + "' gets other feedback than its own: '"
                                + v.message()
                                + "'");
            }
        }
        return new Outcome(List.copyOf(failures), answer.filter(a -> failures.isEmpty()));
    }

    private static String notAccepted(Exercise exercise, String answer, Verdict verdict) {
        AnswerKey key = exercise.key();
        StringBuilder s =
                new StringBuilder("its reference query gives '")
                        .append(answer)
                        .append("', which is not an accepted answer");
        if (!key.hashes().isEmpty() && key.answers().isEmpty()) {
            s.append(" (no answer-hash matches it with the salt '")
                    .append(key.salt().isEmpty() ? exercise.id() : key.salt())
                    .append("': was the hash made with another salt or type?)");
        } else if (verdict.message() != null
                && !verdict.message().isBlank()
                && exercise.type() instanceof SetAnswer) {
            s.append(" (").append(verdict.message().strip()).append(')');
        }
        return s.toString();
    }

    /** The first column's single value, or, for a set, all its distinct values. */
    static Optional<String> answerOf(QueryResult result, boolean set, List<String> failures) {
        List<List<String>> rows = result.text();
        if (result.columns().isEmpty()) {
            failures.add("its reference query returns no columns");
            return Optional.empty();
        }
        if (rows.isEmpty()) {
            failures.add("its reference query returns no rows, so it proves nothing");
            return Optional.empty();
        }
        if (set) {
            Set<String> values = new LinkedHashSet<>();
            rows.forEach(r -> values.add(r.get(0)));
            return Optional.of(String.join(", ", values));
        }
        if (rows.size() != 1) {
            failures.add(
                    "its reference query returns "
                            + rows.size()
                            + " rows; a query for one answer returns exactly one (end it with"
                            + " 'take 1', 'count' or a narrower 'where')");
            return Optional.empty();
        }
        return Optional.of(rows.get(0).get(0));
    }
}
