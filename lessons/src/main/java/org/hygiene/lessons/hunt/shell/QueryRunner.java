package org.hygiene.lessons.hunt.shell;

import java.io.IOException;
import org.hygiene.lessons.hunt.PreparedQuery;
import org.hygiene.lessons.hunt.QueryLimits;
import org.hygiene.lessons.hunt.QueryResult;
import org.hygiene.lessons.hunt.lang.Cancellation;
import org.hygiene.lessons.hunt.lang.QueryCancelledException;
import org.hygiene.lessons.hunt.lang.QueryException;
import org.hygiene.lessons.hunt.lang.QueryLimitException;
import org.hygiene.lessons.regex.RegexTooCostlyException;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;

/** Run a query typed in the shell and show its result; Ctrl-C cancels it. */
final class QueryRunner {
    private QueryRunner() {}

    /** Run {@code query}; returns its result, or null when it failed or was cancelled. */
    static QueryResult run(ShellContext context, String query) {
        PreparedQuery prepared;
        try {
            prepared = context.engine().prepare(query);
        } catch (QueryException e) {
            context.error(e.render(query, context.width()));
            return null;
        }
        Terminal t = context.terminal();
        Cancellation cancellation = new Cancellation();
        Terminal.SignalHandler previous = t.handle(Terminal.Signal.INT, s -> cancellation.cancel());
        long started = System.nanoTime();
        QueryResult result;
        try {
            result = prepared.collect(cancellation, context.settings().maxRows);
        } catch (QueryCancelledException e) {
            context.println(
                    "query cancelled", AttributedStyle.DEFAULT.foreground(AttributedStyle.YELLOW));
            return null;
        } catch (QueryLimitException | RegexTooCostlyException e) {
            context.error(e.getMessage());
            return null;
        } catch (OutOfMemoryError e) {
            // The budget is an estimate; if the heap still runs out, the query's rows are garbage
            // once we are here, and the shell goes on.
            context.error(QueryLimits.OUT_OF_MEMORY);
            return null;
        } catch (StackOverflowError e) {
            context.error(QueryLimits.TOO_DEEP);
            return null;
        } catch (IOException | RuntimeException e) {
            context.error("the query failed while reading the logs: " + e.getMessage());
            return null;
        } finally {
            t.handle(Terminal.Signal.INT, previous);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        String footer = footer(result, seconds);
        context.recordResult(query, result, footer);
        show(context, result, footer);
        if (result.rejected() > 0) {
            SkippedCommand.note(context, result);
        }
        return result;
    }

    /** Show a result as a table that fits the screen (paged when it is taller). */
    static void show(ShellContext context, QueryResult result, String footer) {
        boolean wide = context.settings().wide;
        ResultPager.print(
                context,
                width -> ResultTable.render(result, width, wide),
                wide ? 0 : 2,
                new AttributedString(footer, AttributedStyle.DEFAULT.faint()));
    }

    static String footer(QueryResult r, double seconds) {
        StringBuilder b = new StringBuilder();
        b.append(r.totalRows()).append(r.totalRows() == 1 ? " row" : " rows");
        if (r.totalRows() > r.rows().size()) {
            b.append(" (showing the first ")
                    .append(r.rows().size())
                    .append("; add take or summarize)");
        }
        b.append(String.format(java.util.Locale.ROOT, " in %.2f s", seconds));
        return b.toString();
    }
}
