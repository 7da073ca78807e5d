package org.hygiene.quiz.player;

import java.util.List;
import org.hygiene.core.course.Course;
import org.hygiene.core.course.Problem;
import org.hygiene.core.course.Unit;
import org.hygiene.core.course.UnitKind;
import org.hygiene.core.spi.ContentCheck;

/** Check a quiz as {@code hygiene validate} does: every question, option and setting. */
public final class QuizCheck implements ContentCheck {
    @Override
    public List<Problem> check(Course course, Unit unit) {
        return unit.kind() == UnitKind.QUIZ ? QuizLoader.parse(unit).problems() : List.of();
    }
}
