package org.hygiene.core.console.screen;

import java.util.ArrayList;
import java.util.List;
import org.hygiene.core.markdown.Theme;
import org.hygiene.core.results.CourseLabels;
import org.hygiene.core.results.ExerciseTally;
import org.jline.utils.AttributedString;

/**
 * Per exercise: how many solved of those who tried, the median time to solve, hints taken, and the
 * commonest wrong answers (the trainer's cue for what to explain next).
 */
final class ExercisesView {
    private ExercisesView() {}

    static List<AttributedString> render(
            List<ExerciseTally> exercises,
            CourseLabels labels,
            int top,
            int width,
            int height,
            Theme theme) {
        List<AttributedString> lines = new ArrayList<>();
        int title = Math.max(10, width - 2 - 8 - 8 - 7 - 9);
        lines.add(
                new AttributedString(
                        "  "
                                + Cells.left("EXERCISE", title)
                                + Cells.right("SOLVED", 8)
                                + Cells.right("MEDIAN", 8)
                                + Cells.right("HINTS", 7)
                                + Cells.right("GAVE UP", 9),
                        theme.faint()));
        if (exercises.isEmpty()) {
            lines.add(AttributedString.EMPTY);
            lines.add(new AttributedString("  No exercise tried yet.", theme.faint()));
            return lines;
        }
        List<AttributedString> body = new ArrayList<>();
        for (ExerciseTally e : exercises) {
            String name = labels.unitTitle(e.unit()) + ": " + labels.itemTitle(e.unit(), e.item());
            body.add(
                    new AttributedString(
                            "  "
                                    + Cells.left(name, title)
                                    + Cells.right(e.solved() + "/" + e.tried(), 8)
                                    + Cells.right(
                                            e.medianTimeToSolve().map(Cells::ago).orElse("-"), 8)
                                    + Cells.right(String.valueOf(e.hints()), 7)
                                    + Cells.right(String.valueOf(e.gaveUp()), 9),
                            theme.strong()));
            List<ExerciseTally.WrongAnswer> wrong = e.commonWrongAnswers(3);
            if (wrong.isEmpty()) {
                body.add(new AttributedString("      no wrong answers", theme.faint()));
            }
            for (ExerciseTally.WrongAnswer w : wrong) {
                body.add(
                        new AttributedString(
                                Cells.left(
                                                "      wrong x"
                                                        + w.count()
                                                        + ": \""
                                                        + w.text()
                                                        + "\"",
                                                width)
                                        .stripTrailing()));
            }
        }
        int room = Math.max(1, height - 1);
        int from = Math.max(0, Math.min(top, body.size() - room));
        lines.addAll(body.subList(from, Math.min(body.size(), from + room)));
        return lines;
    }

    /** How many body lines the view has, for scrolling. */
    static int length(List<ExerciseTally> exercises) {
        int n = 0;
        for (ExerciseTally e : exercises) {
            n += 1 + Math.max(1, e.commonWrongAnswers(3).size());
        }
        return n;
    }
}
