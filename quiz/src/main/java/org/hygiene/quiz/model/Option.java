package org.hygiene.quiz.model;

/**
 * One option of a question, or one accepted (or known wrong) typed answer.
 *
 * @param text the option's Markdown (for typed answers: the accepted text, number or range)
 * @param correct whether it is marked {@code [x]}
 * @param weight an explicit share of the question's points in percent (-100..100), or null
 * @param feedback Markdown shown in the review when the learner chose it, or ""
 * @param line the 1-based file line of the option
 */
public record Option(String text, boolean correct, Double weight, String feedback, int line) {
    /** A typed-answer option that matches any answer not matched by another one. */
    public boolean isCatchAll() {
        return text.strip().equals("*");
    }
}
