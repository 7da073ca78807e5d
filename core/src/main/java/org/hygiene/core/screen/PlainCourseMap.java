package org.hygiene.core.screen;

import java.io.PrintWriter;
import org.hygiene.core.course.Course;
import org.hygiene.core.course.Part;
import org.hygiene.core.course.Unit;
import org.hygiene.core.course.UnitKind;
import org.hygiene.core.progress.UnitProgress;
import org.hygiene.core.progress.UnitState;
import org.hygiene.core.spi.Session;
import org.hygiene.core.text.PointsText;
import org.hygiene.core.text.Sanitizer;

/** Print the course map as plain text: for pipes, dumb terminals and screen readers. */
public final class PlainCourseMap {
    private PlainCourseMap() {}

    public static void print(Session session, PrintWriter out) {
        out.println(Sanitizer.clean(session.course().title()));
        for (Part part : session.course().parts()) {
            out.println();
            out.println(Sanitizer.clean(part.title()));
            for (Unit unit : part.units()) {
                out.println(
                        UnitLine.plain(
                                numberLabel(session.course(), unit),
                                unit,
                                session.progress().find(unit.id()).orElse(null)));
                // What the unit is for, where the learner picks it; unwrapped for screen readers,
                // and without the Markdown code marks that only the lesson page renders.
                for (String objective : unit.frontMatter().list("objectives")) {
                    out.println("       - " + Sanitizer.clean(objective.strip().replace("`", "")));
                }
            }
        }
        out.println();
        out.println(summary(session));
        out.println("Learner: " + Sanitizer.clean(session.progress().learner()));
        out.println(nextStep(session));
        out.flush();
    }

    /** "3." for lesson 3; blank for its check (listed under it) and for unnumbered units. */
    static String numberLabel(Course course, Unit unit) {
        java.util.OptionalInt n = course.number(unit);
        return n.isPresent() && !course.isLessonCheck(unit) ? n.getAsInt() + "." : "";
    }

    /**
     * The command that takes the unit in line mode: {@code hygiene lesson 3}, {@code hygiene quiz
     * 3} for lesson 3's check, else the unit's id.
     */
    public static String command(Course course, Unit unit) {
        java.util.OptionalInt n = course.number(unit);
        String ref = n.isPresent() ? String.valueOf(n.getAsInt()) : unit.id();
        return "hygiene " + (unit.kind() == UnitKind.QUIZ ? "quiz " : "lesson ") + ref;
    }

    /**
     * What to do next in line mode: the first unit not done, as a command; or that the course is
     * complete.
     */
    public static String nextStep(Session session) {
        return nextStep(session, null);
    }

    /**
     * What to do after {@code after}: the first unit not done that follows it in the outline, else
     * the first not done at all; or that the course is complete.
     */
    public static String nextStep(Session session, Unit after) {
        java.util.List<Unit> units = session.course().units();
        int from = 0;
        for (int i = 0; after != null && i < units.size(); i++) {
            if (units.get(i).id().equals(after.id())) {
                from = i + 1;
            }
        }
        java.util.List<Unit> order = new java.util.ArrayList<>(units.subList(from, units.size()));
        order.addAll(units.subList(0, from));
        for (Unit unit : order) {
            if (session.progress().state(unit.id()) != UnitState.DONE) {
                return "Next: "
                        + command(session.course(), unit)
                        + " ("
                        + Sanitizer.clean(unit.title())
                        + ")";
            }
        }
        return summary(session) + ". Well done.";
    }

    /** One line summing up the learner's progress through the course. */
    public static String summary(Session session) {
        int done = 0;
        double score = 0;
        int max = 0;
        for (Unit unit : session.course().units()) {
            UnitProgress p = session.progress().find(unit.id()).orElse(null);
            if (p != null) {
                done += p.state() == UnitState.DONE ? 1 : 0;
                score += p.points();
                max += p.maxScore();
            }
        }
        int all = session.course().units().size();
        String s =
                (done == all && all > 0 ? "Course complete: " : "")
                        + done
                        + " of "
                        + all
                        + " units done";
        return max > 0 ? s + ", score " + PointsText.format(score) + "/" + max : s;
    }
}
