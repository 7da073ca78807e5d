package org.hygiene.quiz.player;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hygiene.core.events.LearnerEvent;
import org.hygiene.quiz.engine.Attempt;
import org.hygiene.quiz.engine.Grade;
import org.hygiene.quiz.engine.Mark;
import org.hygiene.quiz.engine.Paper;
import org.hygiene.quiz.engine.QuizScorer;
import org.hygiene.quiz.engine.Response;

/**
 * Turn a quiz attempt into learner events for a served class: each answer as it is given, and each
 * question's final mark when the attempt is submitted. Options are named by their letter in the
 * quiz file's order ({@code a} is the first option written), whatever order the learner saw.
 */
final class QuizEvents {
    private QuizEvents() {}

    /**
     * Events for the answers that changed since {@code reported}, which is then brought up to date.
     */
    static List<LearnerEvent> newAnswers(
            String unitId, Attempt attempt, Map<String, Response> reported) {
        QuizScorer scorer = new QuizScorer(attempt.paper().quiz().settings());
        List<LearnerEvent> events = new ArrayList<>();
        for (Paper.Item item : attempt.paper().items()) {
            String id = item.question().id();
            Response r = attempt.responses().get(id);
            if (r != null && !r.equals(reported.get(id))) {
                Mark m = scorer.mark(item.question(), r);
                events.add(
                        LearnerEvent.quizAnswer(
                                unitId,
                                id,
                                choices(r),
                                m.correctness() == Mark.Correctness.CORRECT));
                reported.put(id, r);
            }
        }
        return events;
    }

    /** One mark event per question of the submitted attempt, then the grade. */
    static List<LearnerEvent> submitted(String unitId, Attempt attempt, Grade grade) {
        boolean graded = attempt.kind() == Attempt.Kind.GRADED;
        long seed = attempt.paper().seed();
        List<LearnerEvent> events = new ArrayList<>();
        List<Paper.Item> items = attempt.paper().items();
        for (int i = 0; i < items.size(); i++) {
            String id = items.get(i).question().id();
            Mark m = grade.marks().get(i);
            Response r = attempt.responses().get(id);
            events.add(
                    LearnerEvent.quizMark(
                            unitId,
                            id,
                            r == null ? List.of() : choices(r),
                            m.correctness() == Mark.Correctness.CORRECT,
                            m.points(),
                            m.maxPoints(),
                            seed,
                            graded));
        }
        events.add(
                LearnerEvent.quizGraded(unitId, grade.points(), grade.maxPoints(), seed, graded));
        return events;
    }

    /** Chosen options as letters in file order; a typed answer as typed; an order as letters. */
    static List<String> choices(Response r) {
        if (r instanceof Response.Choice c) {
            return c.options().stream().sorted().map(QuizEvents::letter).toList();
        }
        if (r instanceof Response.Typed t) {
            return List.of(t.text());
        }
        return List.of(
                String.join(
                        "",
                        ((Response.Order) r).options().stream().map(QuizEvents::letter).toList()));
    }

    private static String letter(int option) {
        return String.valueOf((char) ('a' + option));
    }
}
