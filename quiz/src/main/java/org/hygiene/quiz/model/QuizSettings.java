package org.hygiene.quiz.model;

import java.time.Duration;

/**
 * The quiz-wide settings from the front matter.
 *
 * @param passPercent the pass mark, 0..100
 * @param sample how many questions to draw from the bank; 0 for all
 * @param attempts how many attempts are graded; 0 for every attempt
 * @param timeLimit null when the quiz is not timed
 * @param negativePercent share of a question's points lost for a wrong answer (0 = none)
 * @param seed a fixed seed for everyone (a classroom), or null to draw one per attempt
 * @param category the GIFT category of questions that name none, or ""
 */
public record QuizSettings(
        double passPercent,
        boolean shuffleQuestions,
        boolean shuffleAnswers,
        int sample,
        int attempts,
        Duration timeLimit,
        Scoring scoring,
        double negativePercent,
        Long seed,
        String category) {

    public static final QuizSettings DEFAULTS =
            new QuizSettings(50, false, true, 0, 1, null, Scoring.PARTIAL, 0, null, "");
}
