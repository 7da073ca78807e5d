package org.hygiene.lessons.exercise.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hygiene.lessons.regex.BoundedRegex;

/**
 * One kind of answer (text, IP address, Windows path...): how answers are normalised, compared and
 * explained. Implementations are immutable.
 */
public interface AnswerType {

    /** The name authors write after {@code type:}. */
    String name();

    /** Describe the expected form to a learner, e.g. "an IP address, such as 203.0.113.7". */
    String form();

    /** Bring an answer to its canonical form, or say why it is not in this form. */
    Normalized normalize(String raw);

    /** Whether a canonical answer matches a canonical accepted one. */
    default boolean matches(String given, String accepted) {
        return given.equals(accepted);
    }

    /** Whether accepted answers of this type can be given as hashes. */
    default boolean hashable() {
        return true;
    }

    /**
     * What {@code hygiene exercise hash} hashes for an accepted answer: its canonical form, or why
     * it cannot be hashed. Types whose comparison is not equality override this together with
     * {@link #hashAccepts}.
     */
    default Normalized hashInput(String raw) {
        return normalize(raw);
    }

    /** Whether a canonical answer is accepted by one of the key's hashes. */
    default boolean hashAccepts(String given, AnswerKey key) {
        return key.hashMatches(given);
    }

    /** Like {@link #nearMiss}, for accepted answers known only by their hashes. */
    default Optional<Verdict> nearMissOfHashes(String given, AnswerKey key) {
        return Optional.empty();
    }

    /**
     * Say something specific about a wrong canonical answer, given the canonical accepted ones, or
     * nothing. Returns a verdict so a near miss can be a wrong form instead.
     */
    default Optional<Verdict> nearMiss(String given, List<String> accepted) {
        return Optional.empty();
    }

    /** The feedback for a wrong answer nothing more specific is known about. */
    String NOT_IT = "That is not it. Check your query and try again.";

    /** Check a learner's answer against the key. */
    default Verdict check(String raw, AnswerKey key) {
        Normalized n =
                raw == null || raw.isBlank()
                        ? Normalized.bad("There is no answer yet.")
                        : normalize(raw);
        if (n instanceof Normalized.Bad bad) {
            return Verdict.wrongForm(bad.why() + " Answer with " + form() + ".");
        }
        String given = ((Normalized.Ok) n).value();
        List<String> accepted = canonical(key.answers());
        for (String a : accepted) {
            if (matches(given, a)) {
                return Verdict.correct();
            }
        }
        if (hashAccepts(given, key)) {
            return Verdict.correct();
        }
        for (var p : key.patterns()) {
            BoundedRegex.checkWork(p, given);
            if (p.matcher(given).matches()) {
                return Verdict.correct();
            }
        }
        for (AnswerKey.Wrong w : key.wrong()) {
            if (normalize(w.answer()) instanceof Normalized.Ok ok && matches(given, ok.value())) {
                return Verdict.wrong(w.feedback());
            }
        }
        return nearMiss(given, accepted)
                .or(() -> key.hashes().isEmpty() ? Optional.empty() : nearMissOfHashes(given, key))
                .orElse(Verdict.wrong(NOT_IT));
    }

    /** The canonical forms of the answers that normalise; the rest are the validator's business. */
    default List<String> canonical(List<String> answers) {
        List<String> out = new ArrayList<>();
        for (String a : answers) {
            if (normalize(a) instanceof Normalized.Ok ok) {
                out.add(ok.value());
            }
        }
        return out;
    }

    /** Check the type's own settings and key; return problems for the author. */
    default List<String> validate(AnswerKey key) {
        List<String> problems = new ArrayList<>();
        for (String a : key.answers()) {
            if (normalize(a) instanceof Normalized.Bad bad) {
                problems.add("the answer '" + a + "' is not " + form() + ": " + bad.why());
            }
        }
        for (AnswerKey.Wrong w : key.wrong()) {
            if (normalize(w.answer()) instanceof Normalized.Bad bad) {
                problems.add(
                        "the wrong answer '"
                                + w.answer()
                                + "' is not "
                                + form()
                                + ": "
                                + bad.why());
            } else if (check(w.answer(), key.withWrong(List.of())).isCorrect()) {
                problems.add("the wrong answer '" + w.answer() + "' is also an accepted answer");
            }
        }
        if (!key.hashes().isEmpty() && !hashable()) {
            problems.add(
                    name()
                            + " answers are compared with a tolerance or by testing; use 'answer',"
                            + " not 'answer-hash'");
        }
        return problems;
    }
}
