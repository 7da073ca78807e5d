package org.hygiene.core.console;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.hygiene.core.events.LearnerEvent;
import org.hygiene.core.text.Sanitizer;

/** One learner event as one line of the trainer's plain log ({@code 09:01:02 ada answered ...}). */
public final class EventLine {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    private EventLine() {}

    public static String of(LearnerEvent e, ZoneId zone) {
        String time = e.at() == null ? "--:--:--" : CLOCK.format(e.at().atZone(zone));
        return Sanitizer.clean(time + "  " + e.learner() + " " + what(e));
    }

    /** What happened, in a few words; learner text is quoted and cut short. */
    static String what(LearnerEvent e) {
        String at = e.item() == null ? e.unit() : e.item() + " (" + e.unit() + ")";
        return switch (e.kind()) {
            case JOINED -> "joined";
            case LEFT -> "left";
            case UNIT_OPENED -> "opened " + e.unit();
            case POSITION -> "reading " + e.unit() + " at line " + e.number();
            case UNIT_DONE -> "finished " + e.unit();
            case EXERCISE_OPENED -> "opened exercise " + at;
            case QUERY ->
                    "queried in "
                            + at
                            + ": "
                            + quote(e.text())
                            + (e.number() != null && e.number() < 0
                                    ? " (failed)"
                                    : " (" + e.number() + " rows)");
            case ANSWER ->
                    "answered "
                            + at
                            + ": "
                            + (Boolean.TRUE.equals(e.correct()) ? "right " : "wrong ")
                            + quote(e.text());
            case HINT -> "took hint " + e.number() + " of " + at;
            case GAVE_UP -> "gave up " + at;
            case QUIZ_STARTED -> "started quiz " + e.unit() + " (seed " + e.number() + ")";
            case QUIZ_ANSWER ->
                    "answered "
                            + at
                            + ": "
                            + String.join(
                                    ",", e.choices() == null ? java.util.List.of() : e.choices())
                            + (Boolean.TRUE.equals(e.correct()) ? " (right)" : " (wrong)");
            case QUIZ_MARK -> "marked " + at;
            case QUIZ_GRADED ->
                    "submitted quiz "
                            + e.unit()
                            + ": "
                            + org.hygiene.core.results.ResultTables.number(e.points())
                            + "/"
                            + org.hygiene.core.results.ResultTables.number(e.maxPoints())
                            + (Boolean.TRUE.equals(e.graded()) ? " (graded)" : " (practice)");
        };
    }

    private static String quote(String text) {
        if (text == null) {
            return "\"\"";
        }
        String one = text.replace('\n', ' ').replace('\r', ' ');
        return "\"" + (one.length() > 60 ? one.substring(0, 60) + "..." : one) + "\"";
    }
}
