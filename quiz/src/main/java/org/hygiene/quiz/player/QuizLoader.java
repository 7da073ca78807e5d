package org.hygiene.quiz.player;

import java.util.List;
import org.hygiene.core.app.UserException;
import org.hygiene.core.course.Problem;
import org.hygiene.core.course.Unit;
import org.hygiene.quiz.format.QuizParser;
import org.hygiene.quiz.model.Quiz;

/** Parse a course unit into a quiz; a broken quiz is a clear error, never half a quiz. */
public final class QuizLoader {
    private QuizLoader() {}

    /** Parse the unit; the quiz takes the unit's id and title (a quizdown file has neither). */
    public static QuizParser.Result parse(Unit unit) {
        QuizParser.Result r =
                QuizParser.parse(
                        unit.relativePath(), unit.frontMatter(), unit.body(), unit.bodyLine());
        Quiz q = r.quiz();
        return new QuizParser.Result(
                new Quiz(unit.id(), unit.title(), q.settings(), q.intro(), q.questions()),
                r.problems());
    }

    public static Quiz load(Unit unit) {
        QuizParser.Result r = parse(unit);
        if (!r.ok()) {
            StringBuilder s = new StringBuilder("the quiz '" + unit.id() + "' has problems:");
            List<Problem> problems = r.problems().stream().filter(Problem::isError).toList();
            for (Problem p : problems) {
                s.append("\n  ").append(p);
            }
            throw new UserException(s.toString());
        }
        return r.quiz();
    }
}
