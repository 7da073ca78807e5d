package org.hygiene.quiz.player;

import java.util.Optional;
import org.hygiene.core.pacing.ClassPacing;
import org.hygiene.quiz.model.Quiz;
import org.hygiene.quiz.model.QuizSettings;

/**
 * The quiz as the trainer started it for the room: the same seed for everyone, so everyone gets the
 * same paper, and the trainer's time limit when one was given.
 */
final class RoomQuizRules {
    private RoomQuizRules() {}

    static Quiz apply(Quiz quiz, Optional<ClassPacing.RoomQuiz> room) {
        if (room.isEmpty() || room.get().timeLimit() == null) {
            return quiz;
        }
        QuizSettings s = quiz.settings();
        QuizSettings timed =
                new QuizSettings(
                        s.passPercent(),
                        s.shuffleQuestions(),
                        s.shuffleAnswers(),
                        s.sample(),
                        s.attempts(),
                        room.get().timeLimit(),
                        s.scoring(),
                        s.negativePercent(),
                        s.seed(),
                        s.category());
        return new Quiz(quiz.id(), quiz.title(), timed, quiz.intro(), quiz.questions());
    }

    static QuizOptions apply(QuizOptions options, Optional<ClassPacing.RoomQuiz> room) {
        return room.map(
                        r ->
                                new QuizOptions(
                                        r.seed(),
                                        options.results(),
                                        options.format(),
                                        options.learner()))
                .orElse(options);
    }
}
