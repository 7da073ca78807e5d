package org.hygiene.lessons.hunt.shell;

import java.util.List;
import org.hygiene.core.text.Sanitizer;
import org.hygiene.lessons.hunt.QueryResult;
import org.hygiene.lessons.hunt.lang.KqlValues;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;

/** {@code .show N}: print row N of the last result vertically, one column per line, in full. */
final class ShowCommand implements ShellCommand {
    @Override
    public String name() {
        return ".show";
    }

    @Override
    public String summary() {
        return "N  show row N of the last result in full, one column per line";
    }

    @Override
    public void run(ShellContext context, String args) {
        if (context.lastResult().isEmpty()) {
            context.error("run a query first; .show N then shows its row N");
            return;
        }
        QueryResult r = context.lastResult().get();
        int n;
        try {
            n = Integer.parseInt(args.strip());
        } catch (NumberFormatException e) {
            context.error("usage: .show N, where N is a row number from 1 to " + r.rows().size());
            return;
        }
        if (n < 1 || n > r.rows().size()) {
            context.error(
                    "there is no row " + n + "; the last result has " + r.rows().size() + " rows");
            return;
        }
        List<Object> row = r.rows().get(n - 1);
        int width = 0;
        for (String name : r.columnNames()) {
            width = Math.max(width, name.length());
        }
        List<AttributedString> lines = new java.util.ArrayList<>();
        for (int c = 0; c < row.size(); c++) {
            String name = Sanitizer.clean(r.columnNames().get(c));
            String value = Sanitizer.clean(KqlValues.format(row.get(c)));
            lines.add(
                    new AttributedString(
                            "  "
                                    + name
                                    + " ".repeat(Math.max(1, width - name.length() + 2))
                                    + value));
        }
        ResultPager.print(
                context,
                w -> lines,
                0,
                new AttributedString(
                        "row " + n + " of " + r.rows().size() + ", one column per line",
                        AttributedStyle.BOLD));
    }
}
