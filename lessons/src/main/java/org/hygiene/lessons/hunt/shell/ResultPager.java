package org.hygiene.lessons.hunt.shell;

import java.io.IOException;
import java.util.List;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;
import org.jline.utils.NonBlockingReader;

/**
 * Print lines a screenful at a time, like {@code more}: Space shows the next page, Enter the next
 * line, G the rest, q stops. Dumb terminals and pipes get everything at once.
 */
final class ResultPager {
    static final String PROMPT = "-- more: Space next page, Enter next line, G all, q stop --";

    private ResultPager() {}

    static void print(ShellContext context, List<AttributedString> lines) {
        Terminal t = context.terminal();
        int height = t.getHeight();
        boolean page = context.settings().paging && height > 2 && !t.getType().startsWith("dumb");
        int pageSize = Math.max(1, height - 1);
        if (!page || lines.size() <= pageSize) {
            lines.forEach(l -> t.writer().println(l.toAnsi(t)));
            t.writer().flush();
            return;
        }
        int at = 0;
        int budget = pageSize;
        Attributes saved = t.enterRawMode();
        try {
            while (at < lines.size()) {
                for (; budget > 0 && at < lines.size(); budget--, at++) {
                    t.writer().println(lines.get(at).toAnsi(t));
                }
                if (at >= lines.size()) {
                    break;
                }
                String prompt = PROMPT + " (" + at + "/" + lines.size() + ")";
                t.writer().print(new AttributedString(prompt, AttributedStyle.INVERSE).toAnsi(t));
                t.writer().flush();
                int key = readKey(t);
                t.writer()
                        .print(
                                "\r"
                                        + " "
                                                .repeat(
                                                        Math.min(
                                                                prompt.length(),
                                                                Math.max(1, t.getWidth() - 1)))
                                        + "\r");
                if (key == ' ' || key == 'f') {
                    budget = pageSize;
                } else if (key == '\r' || key == '\n' || key == 'j') {
                    budget = 1;
                } else if (key == 'G') {
                    budget = Integer.MAX_VALUE;
                } else {
                    context.println(
                            "(" + (lines.size() - at) + " more lines not shown)",
                            AttributedStyle.DEFAULT.faint());
                    break;
                }
            }
        } finally {
            t.setAttributes(saved);
            t.writer().flush();
        }
    }

    private static int readKey(Terminal t) {
        try {
            NonBlockingReader reader = t.reader();
            return reader.read();
        } catch (IOException e) {
            return 'q';
        }
    }
}
