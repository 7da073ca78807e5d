package org.hygiene.quiz.model;

import java.util.List;

/**
 * One question of a quiz.
 *
 * @param id stable id: from {@code {#id}} after the heading, else derived from the heading
 * @param heading the question itself, inline Markdown
 * @param body more Markdown shown with the question (code blocks, log lines, tables), or ""
 * @param hint Markdown shown on request, or ""
 * @param explanation Markdown shown in the review, or ""
 * @param points what a fully right answer earns
 * @param shuffleAnswers null to follow the quiz, else this question's own choice
 * @param category the question's category (GIFT {@code $CATEGORY}), or "" for the quiz's
 * @param line the 1-based file line of the heading
 */
public record Question(
        String id,
        QuestionType type,
        String heading,
        String body,
        String hint,
        String explanation,
        int points,
        List<Option> options,
        Boolean shuffleAnswers,
        String category,
        int line) {
    public Question {
        options = List.copyOf(options);
    }

    /** Return this question with another id and category, the rest unchanged. */
    public Question with(String newId, String newCategory) {
        return new Question(
                newId,
                type,
                heading,
                body,
                hint,
                explanation,
                points,
                options,
                shuffleAnswers,
                newCategory,
                line);
    }

    /** The options marked correct. */
    public List<Option> correctOptions() {
        return options.stream().filter(Option::correct).toList();
    }
}
