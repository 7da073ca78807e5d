package org.hygiene.lessons.hunt.shell;

import java.util.List;
import java.util.Optional;
import org.hygiene.core.text.Sanitizer;
import org.hygiene.core.text.Suggest;
import org.hygiene.lessons.hunt.lang.ValueType;
import org.hygiene.lessons.logs.Column;
import org.hygiene.lessons.logs.LogTable;
import org.jline.utils.AttributedStyle;

/** {@code .schema TABLE}: the columns of a table and their types. */
final class SchemaCommand implements ShellCommand {
    @Override
    public String name() {
        return ".schema";
    }

    @Override
    public String summary() {
        return "TABLE  the columns of TABLE and their types";
    }

    @Override
    public void run(ShellContext context, String args) {
        if (args.isEmpty()) {
            context.error("usage: .schema TABLE (see .tables)");
            return;
        }
        Optional<LogTable> table = context.engine().table(args);
        if (table.isEmpty()) {
            List<String> names = context.engine().tables().stream().map(LogTable::name).toList();
            String hint =
                    Suggest.nearest(args, names).map(s -> "; did you mean '" + s + "'?").orElse("");
            context.error("unknown table '" + Sanitizer.clean(args) + "'" + hint);
            return;
        }
        int width = 0;
        for (Column c : table.get().schema().columns()) {
            width = Math.max(width, c.name().length());
        }
        context.println(Sanitizer.clean(table.get().name()), AttributedStyle.BOLD);
        for (Column c : table.get().schema().columns()) {
            String name = Sanitizer.clean(c.name());
            context.println(
                    "  "
                            + name
                            + " ".repeat(Math.max(1, width - name.length() + 2))
                            + ValueType.of(c.type()).kqlName());
        }
    }
}
