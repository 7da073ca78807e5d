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
        for (LogTable t : context.engine().tables()) {
            context.println(
                    Sanitizer.clean(t.name()) + "  (" + t.schema().size() + " columns)",
                    AttributedStyle.BOLD);
        }
        context.println(
                "Type .schema TABLE for its columns, or TABLE | take 10 to see rows.",
                AttributedStyle.DEFAULT.faint());
    }
}
