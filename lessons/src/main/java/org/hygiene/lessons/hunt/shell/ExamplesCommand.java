package org.hygiene.lessons.hunt.shell;

import java.util.List;
import org.jline.utils.AttributedStyle;

/** {@code .examples}: queries to start from, taken from real detections. */
final class ExamplesCommand implements ShellCommand {
    private final List<ShellExample> examples;

    ExamplesCommand(List<ShellExample> examples) {
        this.examples = examples;
    }

    @Override
    public String name() {
        return ".examples";
    }

    @Override
    public String summary() {
        return "example queries to start from";
    }

    @Override
    public void run(ShellContext context, String args) {
        if (examples.isEmpty()) {
            context.println("No examples for these logs; start with .tables.");
            return;
        }
        for (ShellExample e : examples) {
            context.println("// " + e.title(), AttributedStyle.DEFAULT.faint());
            context.println(e.query(), AttributedStyle.BOLD);
            context.println("");
        }
    }
}
