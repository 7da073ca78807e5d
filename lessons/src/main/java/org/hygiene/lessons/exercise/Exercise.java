package org.hygiene.lessons.exercise;

import java.util.List;
import java.util.Optional;
import org.hygiene.lessons.exercise.answer.AnswerKey;
import org.hygiene.lessons.exercise.answer.AnswerType;
import org.hygiene.lessons.exercise.answer.SetAnswer;
import org.hygiene.lessons.exercise.answer.Verdict;

/**
 * One hands-on exercise of a lesson.
 *
 * @param id stable within its lesson; progress keys on it
 * @param title a short name for cards, or empty
 * @param question Markdown
 * @param type how answers are read and compared
 * @param key what is accepted, and feedback for known wrong answers
 * @param points what a solution earns before hints
 * @param hints in the order they are given
 * @param explanation Markdown, shown once solved or given up
 * @param query the hunt query that proves the answer
 * @param line the 1-based line of the block's opening fence in the lesson file
 */
public record Exercise(
        String id,
        String title,
        String question,
        AnswerType type,
        AnswerKey key,
        int points,
        List<Hint> hints,
        String explanation,
        String query,
        int line) {

    /** A hint and what taking it costs. */
    public record Hint(String text, int cost) {}

    public Exercise {
        hints = List.copyOf(hints);
    }

    /** Check an answer. */
    public Verdict check(String answer) {
        return type.check(answer, key);
    }

    /**
     * The points a solution earns after taking the first {@code hintsUsed} hints; never negative.
     */
    public int pointsAfter(int hintsUsed) {
        int cost = 0;
        for (int i = 0; i < Math.min(hintsUsed, hints.size()); i++) {
            cost += hints.get(i).cost();
        }
        return Math.max(0, points - cost);
    }

    /**
     * The accepted answers as written, for learners who give up; empty when only hashes are given.
     */
    public Optional<String> shownAnswer() {
        // All items of a set are the answer together; other accepted answers are alternatives.
        String joiner = type instanceof SetAnswer set && !set.any() ? ", " : " / ";
        return key.answers().isEmpty()
                ? Optional.empty()
                : Optional.of(String.join(joiner, key.answers()));
    }
}
