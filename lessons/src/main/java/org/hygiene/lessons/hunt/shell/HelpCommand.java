package org.hygiene.lessons.hunt.shell;

import org.jline.utils.AttributedStyle;

/** {@code .help}: the shell's commands and how to write a query. */
final class HelpCommand implements ShellCommand {
    @Override
    public String name() {
        return ".help";
    }

    @Override
    public String summary() {
        return "this help";
    }

    @Override
    public void run(ShellContext context, String args) {
        context.println("Type a query in KQL, for example:", AttributedStyle.BOLD);
        context.println(
                "  W3CIISLog | where csUriStem startswith \"/owa/auth/\" | summarize count() by"
                        + " cIP");
        context.println(
                "A line ending in | continues on the next line. Tab completes tables, columns,");
        context.println(
                "operators and functions. Ctrl-C cancels a running query; Ctrl-D or .quit leaves.");
        context.println("");
        context.println("Commands:", AttributedStyle.BOLD);
        for (ShellCommand c : context.commands()) {
            context.println(String.format("  %-10s %s", c.name(), c.summary()));
        }
        context.println("");
        context.println(
                "The language is documented in docs/hunt-language.md.",
                AttributedStyle.DEFAULT.faint());
    }
}
