package org.hygiene.lessons.hunt.shell;

import org.hygiene.core.text.Sanitizer;
import org.hygiene.lessons.logs.LogTable;
import org.jline.utils.AttributedStyle;

/** {@code .tables}: the tables of the loaded logs, with their number of columns. */
final class TablesCommand implements ShellCommand {
    @Override
    public String name() {
        return ".tables";
    }

    @Override
    public String summary() {
        return "list the tables you can query";
    }

    @Override
    public void run(ShellContext context, String args) {
        if (context.engine().tables().isEmpty()) {
            context.error("no log tables are loaded");
            return;
        }
        // Names padded and counts right-aligned, so the counts form a column.
        int nameWidth = 0;
        int countWidth = 0;
        for (LogTable t : context.engine().tables()) {
            nameWidth = Math.max(nameWidth, Sanitizer.clean(t.name()).length());
            countWidth = Math.max(countWidth, String.valueOf(t.schema().size()).length());
        }
        for (LogTable t : context.engine().tables()) {
            String name = Sanitizer.clean(t.name());
            String count = String.valueOf(t.schema().size());
            context.println(
                    name
                            + " "
                                    .repeat(
                                            nameWidth
                                                    - name.length()
                                                    + 2
                                                    + countWidth
                                                    - count.length())
                            + count
                            + " columns",
                    AttributedStyle.BOLD);
        }
        context.say(
                "Type .schema TABLE for its columns, or TABLE | take 10 to see rows.",
                AttributedStyle.DEFAULT.faint());
    }
}
