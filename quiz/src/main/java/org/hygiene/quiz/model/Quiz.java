package org.hygiene.quiz.model;

import java.util.List;
import java.util.Optional;

/**
 * A parsed quiz: its settings and its bank of questions.
 *
 * @param intro Markdown before the first question, shown before starting, or ""
 */
public record Quiz(
        String id, String title, QuizSettings settings, String intro, List<Question> questions) {
    public Quiz {
        questions = List.copyOf(questions);
    }

    public Optional<Question> question(String id) {
        return questions.stream().filter(q -> q.id().equals(id)).findFirst();
    }

    /** How many questions one attempt asks. */
    public int questionsPerAttempt() {
        int sample = settings.sample();
        return sample > 0 && sample < questions.size() ? sample : questions.size();
    }
}
