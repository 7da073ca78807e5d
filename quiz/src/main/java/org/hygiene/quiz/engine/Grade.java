package org.hygiene.quiz.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hygiene.core.text.PointsText;

/** The result of one submitted attempt. */
public record Grade(
        Paper paper,
        List<Mark> marks,
        double points,
        double maxPoints,
        double percent,
        boolean passed) {
    public Grade {
        marks = List.copyOf(marks);
    }

    /** Mark every question of the paper; a negative total counts as zero. */
    public static Grade of(Paper paper, Map<String, Response> responses) {
        QuizScorer scorer = new QuizScorer(paper.quiz().settings());
        List<Mark> marks = new ArrayList<>();
        double total = 0;
        for (Paper.Item item : paper.items()) {
            Mark m = scorer.mark(item.question(), responses.get(item.question().id()));
            marks.add(m);
            total += m.points();
        }
        total = Math.max(0, total);
        double max = paper.maxPoints();
        double percent = max == 0 ? 0 : 100 * total / max;
        return new Grade(
                paper,
                marks,
                total,
                max,
                percent,
                percent + 1e-9 >= paper.quiz().settings().passPercent());
    }

    /** Points as shown to people: whole numbers without decimals, else two decimals at most. */
    public static String format(double points) {
        return PointsText.format(points);
    }
}
