package org.hygiene.lessons.hunt.shell;

import org.hygiene.core.text.Wrap;
import org.hygiene.lessons.hunt.QueryResult;
import org.hygiene.lessons.logs.SkippedLine;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;

/**
 * {@code .skipped}: the log lines the last query could not read and left out, each with its file
 * and line and why, so "1 unreadable log line" is something a learner can look at and judge.
 */
final class SkippedCommand implements ShellCommand {
    /** The one-time explanation printed the first time a query skips a line. */
    static final String WHY =
            "Such a line is left out of every result and counted; most often it is the last line"
                    + " of a log copied while the server was still writing it.";

    @Override
    public String name() {
        return ".skipped";
    }

    @Override
    public String summary() {
        return "      the log lines the last query could not read, and why";
    }

    @Override
    public void run(ShellContext context, String args) {
        QueryResult r = context.lastResult().orElse(null);
        if (r == null || r.rejected() == 0) {
            context.println(
                    r == null
                            ? "No query has run yet."
                            : "The last query read every log line it needed.");
            return;
        }
        int width = Math.max(20, context.width() - 1);
        for (SkippedLine s : r.skipped()) {
            for (AttributedString line :
                    Wrap.words(new AttributedString(s.origin() + ": " + s.reason()), width)) {
                context.println(line.toString());
            }
            // The line itself, cut to one screen line: enough to recognise it.
            context.println(
                    Wrap.fit(new AttributedString("    " + s.start()), width).toString(),
                    AttributedStyle.DEFAULT.faint());
        }
        long more = r.rejected() - r.skipped().size();
        if (more > 0) {
            context.println("... and " + more + " more");
        }
    }

    /**
     * Say under a result that log lines were left out, naming the first; the first time in a shell,
     * also why that happens. Wrapped to the terminal, so no word is cut at the edge.
     */
    static void note(ShellContext context, QueryResult r) {
        boolean one = r.rejected() == 1;
        String where =
                r.skipped().isEmpty()
                        ? ""
                        : " ("
                                + fileName(r.skipped().get(0).origin().file())
                                + ":"
                                + r.skipped().get(0).origin().line()
                                + ")";
        String text =
                r.rejected()
                        + (one ? " unreadable log line left out" : " unreadable log lines left out")
                        + where
                        + ": .skipped says why.";
        print(context, text);
        if (context.explainSkippedOnce()) {
            print(context, WHY);
        }
    }

    private static void print(ShellContext context, String text) {
        for (AttributedString line :
                Wrap.words(new AttributedString(text), Math.max(20, context.width() - 1))) {
            context.println(line.toString(), AttributedStyle.DEFAULT.faint());
        }
    }

    private static String fileName(String path) {
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return path.substring(slash + 1);
    }
}
