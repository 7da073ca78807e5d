package org.hygiene.lessons.exercise.command;

import org.hygiene.core.markdown.TerminalMarkdown;
import org.hygiene.core.text.LiteralSplitter;
import org.hygiene.core.text.Sanitizer;
import org.hygiene.core.text.Wrap;
import org.hygiene.lessons.exercise.Exercise;
import org.hygiene.lessons.exercise.ExerciseOnward;
import org.hygiene.lessons.exercise.ExerciseSession;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;

/** Print exercise text: Markdown from the lesson, and plain messages wrapped to the width. */
final class ExerciseText {
    private ExerciseText() {}

    /** Print author Markdown (question, hint, explanation), rendered and sanitised. */
    static void markdown(ExercisePrompt p, String markdown) {
        for (AttributedString line : new TerminalMarkdown(p.theme(), p.width()).render(markdown)) {
            p.print(line);
        }
    }

    /** Print a message, wrapped; untrusted parts must already be inside it sanitised. */
    static void say(ExercisePrompt p, String text, AttributedStyle style) {
        for (String para : LiteralSplitter.split(Sanitizer.cleanKeepingNewlines(text), '\n', -1)) {
            for (AttributedString line : Wrap.words(new AttributedString(para, style), p.width())) {
                p.print(line);
            }
        }
    }

    static void say(ExercisePrompt p, String text) {
        say(p, text, AttributedStyle.DEFAULT);
    }

    /** Say where to go once the exercise is over: the next exercise, or back to the lesson. */
    static void wayOn(ExercisePrompt p, ExerciseSession session) {
        ExerciseOnward onward = session.onward();
        String text =
                onward.label()
                        .map(
                                l ->
                                        "Type next for "
                                                + Sanitizer.clean(l)
                                                + ", or back to return to the lesson.")
                        .orElse(
                                onward.last()
                                        ? "That was the lesson's last exercise. Type back to"
                                                + " return to the lesson."
                                        : "Type back to return to the lesson.");
        p.print(AttributedString.EMPTY);
        say(p, text, p.theme().strong());
    }

    /** Print the reference query as a code block. */
    static void query(ExercisePrompt p, Exercise e) {
        p.print(AttributedString.EMPTY);
        say(p, "The query that proves it:", p.theme().strong());
        markdown(p, "```\n" + e.query().replace("```", "'''") + "\n```");
    }

    static String points(int n) {
        return n + (n == 1 ? " point" : " points");
    }

    /** "not solved yet, 2 attempts, 1 hint taken". */
    static String status(ExerciseSession s) {
        var item = s.progress();
        String state =
                switch (s.state()) {
                    case SOLVED ->
                            "[x] solved, " + item.points() + "/" + item.maxPoints() + " points";
                    case GAVE_UP -> "[-] given up, 0/" + item.maxPoints() + " points";
                    case UNSOLVED -> "[ ] not solved yet, worth " + points(s.pointsNow()) + " now";
                };
        StringBuilder b = new StringBuilder(state);
        if (item.attempts() > 0) {
            b.append(", ")
                    .append(item.attempts())
                    .append(item.attempts() == 1 ? " attempt" : " attempts");
        }
        if (item.hintsUsed() > 0) {
            b.append(", ")
                    .append(item.hintsUsed())
                    .append(item.hintsUsed() == 1 ? " hint" : " hints")
                    .append(" taken");
        }
        return b.toString();
    }
}
