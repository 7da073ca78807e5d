package org.hygiene.lessons.player;

import java.io.PrintWriter;
import java.util.List;
import org.hygiene.core.course.Unit;
import org.hygiene.core.events.LearnerEvent;
import org.hygiene.core.progress.UnitProgress;
import org.hygiene.core.screen.PlainCourseMap;
import org.hygiene.core.spi.Session;
import org.hygiene.core.text.Sanitizer;
import org.hygiene.lessons.exercise.Exercise;
import org.hygiene.lessons.exercise.ExerciseSession;
import org.hygiene.lessons.exercise.LessonExercises;
import org.hygiene.lessons.exercise.launch.ExerciseContext;
import org.hygiene.lessons.exercise.launch.ExerciseLauncher;

/**
 * A lesson's exercises in line mode ({@code hygiene exercise N [K]}): each opens at a prompt, one
 * after the other, and the lesson is done once it is read and every exercise is answered or given
 * up, as on the full screen.
 */
public final class PlainExercises {
    private final ExerciseLauncher launcher;

    public PlainExercises(ExerciseLauncher launcher) {
        this.launcher = launcher;
    }

    /**
     * Open exercise {@code number} (1-based), or with null each one not finished yet in order,
     * going on while the learner finishes them; then say where the lesson stands.
     */
    public void answer(Unit unit, Session session, Integer number, PrintWriter out) {
        List<Exercise> all =
                LessonExercises.of(unit).stream().flatMap(b -> b.exercise().stream()).toList();
        UnitProgress progress = session.progressOf(unit.id());
        progress.start(session.now());
        ExerciseSession.registerAll(all, progress);
        session.save();
        if (all.isEmpty()) {
            out.println("Lesson " + LessonPlayer.reference(unit, session) + " has no exercises.");
            out.println(PlainCourseMap.nextStep(session, unit));
            out.flush();
            return;
        }
        if (number != null && (number < 1 || number > all.size())) {
            out.println(
                    "Lesson "
                            + LessonPlayer.reference(unit, session)
                            + " has exercises 1 to "
                            + all.size()
                            + ".");
            out.flush();
            return;
        }
        for (int i = number != null ? number - 1 : 0; i < all.size(); i++) {
            Exercise e = all.get(i);
            if (number == null && progress.item(e.id()).finished()) {
                continue;
            }
            out.println(
                    "Exercise "
                            + (i + 1)
                            + " of "
                            + all.size()
                            + ": "
                            + Sanitizer.clean(e.title()));
            out.flush();
            launcher.open(new ExerciseContext(unit, e, session));
            session.save();
            if (session.quitRequested() || number != null || !progress.item(e.id()).finished()) {
                break; // the learner went back, or asked for this one exercise
            }
        }
        finishIfDone(unit, session);
        out.println();
        printWrapped(out, status(unit, session));
        out.flush();
    }

    /** Print line-mode text wrapped at 80 columns, so no word is cut at a dumb terminal's edge. */
    static void printWrapped(PrintWriter out, String text) {
        for (String paragraph : text.split("\n", -1)) {
            for (org.jline.utils.AttributedString line :
                    org.hygiene.core.text.Wrap.words(
                            new org.jline.utils.AttributedString(paragraph), 79)) {
                out.println(line.toString());
            }
        }
    }

    /** Mark the lesson done when it is read and every exercise is over. */
    static void finishIfDone(Unit unit, Session session) {
        UnitProgress progress = session.progressOf(unit.id());
        if (progress.read() && progress.exercisesAllFinished()) {
            boolean was = progress.state() == org.hygiene.core.progress.UnitState.DONE;
            progress.complete(session.now());
            if (!was) {
                session.record(LearnerEvent.unitDone(unit.id()));
            }
        }
        session.save();
    }

    /** Where the lesson stands and the next command, in a line or two. */
    static String status(Unit unit, Session session) {
        UnitProgress p = session.progressOf(unit.id());
        String n = LessonPlayer.reference(unit, session);
        StringBuilder s = new StringBuilder("Lesson " + n + ": ");
        s.append(p.read() ? "read" : "not read yet (hygiene lesson " + n + ")");
        if (!p.items().isEmpty()) {
            s.append(", exercises ")
                    .append(p.exercisesFinished())
                    .append(" of ")
                    .append(p.items().size())
                    .append(" answered, ")
                    .append(p.score())
                    .append('/')
                    .append(p.maxScore())
                    .append(" points");
        }
        s.append(p.state() == org.hygiene.core.progress.UnitState.DONE ? ": done." : ".");
        if (!p.exercisesAllFinished()) {
            s.append("\n")
                    .append("Answer its exercises at a prompt: hygiene exercise ")
                    .append(n)
                    .append(" (or hygiene exercise ")
                    .append(n)
                    .append(" K for exercise K).");
        } else {
            s.append("\n").append(PlainCourseMap.nextStep(session, unit));
        }
        return s.toString();
    }
}
